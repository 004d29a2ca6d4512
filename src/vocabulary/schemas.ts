// zod enums of the shared ids, for the schemas that validate knowledge data and the analysis contract.
import { z } from 'zod';
import { CLAIM_TOPICS, FORM_IDS, KINDS, STORE_IDS, TIERS, VERDICTS } from './ids';

export const FormIdSchema = z.enum(FORM_IDS);
export const TierSchema = z.enum(TIERS);
export const ClaimTopicSchema = z.enum(CLAIM_TOPICS);
export const StoreIdSchema = z.enum(STORE_IDS);
export const KindSchema = z.enum(KINDS);
export const VerdictSchema = z.enum(VERDICTS);
