// The label-image reader's page: an offscreen document in Chrome, a frame of the background page in
// Firefox. It holds the OCR engine and answers the background's requests (src/extension/ocr-page.ts).
import { serveOcr } from '../../src/extension/ocr-page';

serveOcr();
