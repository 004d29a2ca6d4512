import { describe, expect, it } from 'vitest';
import { arabicAsParserWords } from './arabic';
import {
  directionsForAges,
  findUnitCount,
  namesPack,
  parseDirections,
  parseServingSize,
  servingsPerDay,
  statedDailyRange,
  unitKind,
} from './servings';

describe('servings per day from serving size and directions', () => {
  it.each([
    ['2 capsules', 'Take 2 capsules daily.', 1, 1],
    ['1 capsule', 'Take 1–2 capsules twice daily.', 2, 4],
    ['2 capsules', 'Take 1-2 capsules twice daily.', 1, 2],
    ['2 tablets', 'Take two (2) tablets at bedtime.', 1, 1],
    ['1 gummy', 'Chew up to 4 gummies per day.', 1, 4],
    ['2 gummies', 'Adults: take up to 4 gummies daily.', 0.5, 2],
    ['1 scoop (3.5 g)', 'Mix 1 scoop in water once or twice a day.', 1, 2],
    // Another intake offered with its own frequency does not double the first.
    ['1 capsule', 'Take 2 capsules daily, or 1 capsule twice daily.', 2, 2],
    ['1 tablet', '1 tablet twice daily or 2 tablets once daily.', 2, 2],
    // Counts of times in words, in the languages the reader knows.
    ['1 tablett', 'Täiskasvanud: 1 tablett kaks korda päevas.', 2, 2],
    ['1 tabletka', '1 tabletka dwa razy dziennie.', 2, 2],
    ['1 tablet', 'Günde 2 kez 1 tablet alınız.', 2, 2],
    ['1 kapsula', '1 kapsula 3 puta dnevno.', 3, 3],
    ['1 caplet', '1 caplet PO q12h.', 2, 2],
    ['2 Kapseln', 'Täglich 2 Kapseln mit Wasser verzehren.', 1, 1],
    ['1 capsule', 'Take 1 capsule 1 to 3 times daily with meals.', 1, 3],
    // "up to 3 times daily": one intake a day up to three.
    ['1 packet', '1 packet (dissolved in water or juice) or 2 tablets up to 3 times daily', 1, 3],
    ['1 Tablette', '1 Tablette bis zu 3 mal täglich', 1, 3],
    // An intake tied to one meal is complete: the alternative's "three times a day" is not lent to it.
    ['3 Tablets', 'Three [3] tablets at mealtime or one [1] tablet three times a day with food.', 1, 1],
    // Greek: "2 φορές την ημέρα" (twice a day).
    ['1 κάψουλα', 'Λαμβάνετε 1 κάψουλα 2 φορές την ημέρα με νερό.', 2, 2],
    // Japanese and Chinese dose phrases.
    ['3粒', '１日３粒を目安にお召し上がりください。', 1, 1],
    ['1粒', '1日2回、1回1粒を水でお召し上がりください。', 2, 2],
    ['1片', '每日2次，每次1-2片，饭后服用。', 2, 4],
    // Polish "1 lub 2 kapsułek" (ł folds to l); Vietnamese "1 viên / ngày"; a Japanese count of softgels.
    ['1 kapsułka', 'Zaleca się stosowanie 1 lub 2 kapsułek dziennie.', 1, 2],
    ['1 viên', 'Uống 1 viên / ngày với bữa ăn', 1, 1],
    // Vietnamese: a day's count split over intakes ("chia làm 2— 3 lần"), the adults' part only.
    ['1 viên', 'Người lớn: 6— 8 viên/ngày, chia làm 2— 3 lần/ngày. Trẻ em > 6 tuổi: 4—6 viên/ngày.', 6, 8],
    // Pills counted once precisely and once generically: "4 Capsules" a serving, Vietnamese "viên" (pill) or
    // "tablets" in the directions.
    ['4 Capsules', 'Người lớn: uống 2 viên/lần, ngày 2 lần, sau bữa ăn.', 1, 1],
    // A larger dose for a time of greater need, after the usual one: the day runs from the usual to the larger.
    [
      '2 Capsules',
      'Take 2 capsules with your evening meal. On heavy training days an additional 2 capsules may be taken in the morning.',
      1,
      2,
    ],
    [
      '2 capsules',
      'Neem dagelijks 2 capsules bij de maaltijd. Bij intensieve sportbelasting kan tijdelijk 2 x 2 capsules per dag worden ingenomen.',
      1,
      2,
    ],
    ['1 Messlöffel', 'Täglich 1 Messlöffel in Wasser auflösen. Bei erhöhtem Bedarf 2 Messlöffel täglich.', 1, 2],
    [
      '1 tablet',
      'Volwassenen: 1 tablet per dag tijdens de maaltijd. Bij een verhoogde behoefte mogen 2 tabletten per dag worden gebruikt.',
      1,
      2,
    ],
    // An intake with no frequency, then a sentence that counts the day (not a ceiling).
    ['1 stick (6.5 g)', 'Mix 1 stick with 16–32 oz of water. Use 1–3 sticks per day depending on heat and sweat rate.', 1, 3],
    ['1 stick', 'Mix 1 stick with 500 ml of water. Do not exceed 3 sticks per day.', 1, 1],
    // Thai, its range with an en dash: "วันละ 1–2 ครั้ง ครั้งละ 1 แคปซูล" (1–2 times a day, 1 capsule each time).
    ['1 capsule', 'รับประทานวันละ 1–2 ครั้ง ครั้งละ 1 แคปซูล หลังอาหาร', 1, 2],
    // The intake given without a frequency, the frequency in a sentence of its own, then a raise of the day's
    // count: one to two sticks a day, not the raised two alone.
    [
      '1 stick pack',
      'Empty 1 stick pack into 8–12 fl oz of water and stir until dissolved. Take once daily. May increase to 2 stick packs daily, taken at different times of day.',
      1,
      2,
    ],
    // "May increase to 4 gummies if needed": the bedtime intake raised, up to two servings.
    ['2 gummies', 'Chew 2 gummies 30 minutes before bed. May increase to 4 gummies if needed.', 1, 2],
    // A practitioner's larger count, restated after a comma: one to two servings.
    [
      '2 capsules',
      'Take 2 capsules daily with food. Your healthcare practitioner may recommend up to 4 capsules daily, taken as 2 capsules twice a day.',
      1,
      2,
    ],
    // A raise with a frequency of its own: one to two servings, not the raise's two alone.
    [
      '2 capsules',
      'Take 2 capsules once daily with food; you may increase to 2 capsules twice daily (morning and evening) if needed.',
      1,
      2,
    ],
    ['2 softgels', 'Take 1 tablet twice daily.', 1, 1],
    // A frequency before the division stays one: "twice daily, in divided doses" is still twice.
    ['2 tablets', 'Take 2 tablets twice daily, in divided doses.', 2, 2],
    // Finnish ("kerran päivässä", "kaksi kertaa päivässä"), Swedish plural, Polish accusative.
    ['2 tablettia', 'Aikuisille 2 tablettia kerran päivässä aterian yhteydessä.', 1, 1],
    ['1 kapseli', 'Ota 1 kapseli kaksi kertaa päivässä.', 2, 2],
    ['2 kapslar', 'Vuxna: 2 kapslar per dag.', 1, 1],
    // A tea's cups a day are its servings; the sentence that brews one cup from one bag is no intake.
    ['1 bolsita', 'Infusionar 1 bolsita en 200 ml de agua durante 5 minutos. Tomar 1 o 2 tazas al día.', 1, 2],
    ['1 tea bag', 'Steep 1 tea bag in hot water for 5 minutes. Drink 2-3 cups daily.', 2, 3],
    ['1 Beutel', '1 Beutel mit 250 ml kochendem Wasser aufgießen und 5 Minuten ziehen lassen. 2 Tassen täglich trinken.', 2, 2],
    // (A cup of water a powder is mixed in is no count of servings.)
    ['1 scoop', 'Mix 1 scoop in 1 cup of water daily.', 1, 1],
    // A drink mixed from scoops, then counted in servings: the mixing makes one serving; the day's most, restated in
    // scoops in brackets, caps the servings by the hour.
    [
      '2 scoops',
      'Add 2 scoops to 500ml of cold water and shake. During exercise, drink one serving per hour. Do not exceed 3 servings (6 scoops) per day.',
      1,
      3,
    ],
    ['1 scoop', 'Mix 1 scoop in 250 ml water, twice daily.', 2, 2],
    // The first days' dose, then the next: the day spans both.
    [
      '1 ampola',
      'Adultos: nos primeiros 10 dias, 2 ampolas por dia (uma de manhã e outra ao fim da tarde); depois, 1 ampola por dia.',
      1,
      2,
    ],
    // "1 capsule in the afternoon + 2 capsules before bed": the plus joins the day's two intakes, one serving of 3.
    ['3 Capsules', '1 capsule in the afternoon + 2 capsules about an hour before bed.', 1, 1],
    // Two capsules of a kit, one of each, taken together once a day: one serving of both.
    [
      '2 Capsules (1 white + 1 green)',
      'Take 1 white capsule and 1 green capsule together once a day, with your evening meal.',
      1,
      1,
    ],
    // "顆", a gummy's counter in Taiwan: 2 to 4 a day, a serving of 2.
    ['2 顆 (5 公克)', '成人: 每日2～4顆. 4歲以上兒童: 每日1～2顆，請在大人陪同下食用.', 1, 2],
    // The day's count, then one at a time: one capsule, twice.
    ['1 Kapsel', 'Täglich 2 Kapseln: morgens und abends je 1 Kapsel mit reichlich Flüssigkeit verzehren.', 2, 2],
    ['1 Kapsel', 'Täglich 2 Kapseln (morgens und abends je 1 Kapsel) mit Flüssigkeit verzehren.', 2, 2],
    // …after a clause and "z. B.": the day's two capsules, one at each moment.
    ['2 Kapseln', 'Täglich 2 Kapseln mit ausreichend Flüssigkeit verzehren, z. B. je 1 Kapsel morgens und abends.', 1, 1],
    // The day named before its count, split later in the sentence: its moments count no more times.
    ['3 Kapseln', 'Täglich 3 Kapseln mit ausreichend Flüssigkeit verzehren, am besten verteilt auf morgens und abends.', 1, 1],
    // Hebrew: "one capsule in the morning and 2 capsules two hours before sleep", its "one" after the unit, its "and" a prefix.
    ['3 כמוסות', 'ליטול כמוסה אחת בבוקר ו-2 כמוסות כשעתיים לפני השינה, עם או בלי אוכל.', 1, 1],
    // Every group a child's, the oldest's "1 1/4 teaspoons" one count of a teaspoon and a quarter.
    [
      '1 teaspoon (2.4 g)',
      'Children 1-3 years: 1/4 teaspoon (0.6 g) daily. Children 4-8 years: 1/2 teaspoon (1.2 g) daily. Adolescents 9-18 years: 1 1/4 teaspoons (3 g) daily.',
      0.25,
      1.25,
    ],
    // Every group a child's; "nie jest przeznaczony dla dzieci poniżej 3 lat" (not for children under 3) doses no one.
    [
      '5 ml',
      'Dzieci od 3 do 6 lat: 5 ml (1 miarka) raz dziennie. Dzieci od 7 do 12 lat: 5 ml dwa razy dziennie (łącznie 10 ml). Produkt nie jest przeznaczony dla dzieci poniżej 3 lat.',
      1,
      2,
    ],
    // Men's and women's doses in one sentence, a comma between them.
    ['3 capsules', 'Mannen: 3 capsules per dag, vrouwen: 2 capsules per dag, 30–60 minuten voor het slapengaan.', 0.666667, 1],
    // A drink mixed from one serving, then the day's count of servings in Norwegian.
    ['30 g', 'Bland 1 porsjon (30 g ≈ 1 måleskje) med 250–300 ml vann eller melk. Anbefalt daglig dose: 1–2 porsjoner.', 1, 2],
    // "Auffüllphase … Erhaltungsphase": phases named, a loading week, then the day's usual dose.
    [
      '1 Tablette',
      'Auffüllphase; Eine Woche lang 3-mal täglich 2 Tabletten; (entspricht 196,8 mg Magnesium pro Tag); Erhaltungsphase; anschließend 2- bis 3-mal täglich 1 Tablette.',
      2,
      6,
    ],
    // Round 15's second pass over the earlier blind sets.
    ['2 錠', '食用方式 每日 1～2 次，每次 2 錠，餐後以開水吞服.', 1, 2],
    // With no serving printed, the whole teaspoon after the first week's half is what one intake takes.
    ['', 'Durante la primera semana tome media cucharadita al día; después, 1 cucharadita al día.', 0.5, 1],
    [
      '1 sáček',
      'Dospělí a dospívající: 1 sáček rozpuštěný ve 200 ml vody 1x nebo 2x denně. Děti od 10 do 14 let: ½ až 1 sáček denně.',
      1,
      2,
    ],
    [
      '1 bustina',
      'Si consiglia 1 bustina al giorno, fino a 2 bustine nei periodi di intensa sudorazione o attività sportiva.',
      1,
      2,
    ],
    ['3 capsule', 'Doza zilnică recomandată Bărbați: 3 capsule pe zi. Femei: 2 capsule pe zi.', 0.666667, 1],
    [
      '1 cucharadita (4 g)',
      'Disolver 1 cucharadita (4 g) en 200 ml de agua. Durante la primera semana tome media cucharadita al día para que su cuerpo se adapte; después, 1 cucharadita al día.',
      0.5,
      1,
    ],
    // "Week 1: … 1 tablet … From week 2 onwards: … 2 tablets": a build-up.
    [
      '2 Tablets',
      'Week 1: Take 1 tablet daily after dinner to let your stomach adjust. From week 2 onwards: Take 2 tablets daily, 30 minutes before bedtime.',
      0.5,
      1,
    ],
    // "For additional support, take 2 capsules twice daily": the larger dose in place of the usual, not on top of it.
    [
      '2 Capsules',
      'As a dietary supplement, take 2 capsules daily with a meal. For additional support, take 2 capsules twice daily, or as directed by your healthcare professional.',
      1,
      2,
    ],
    // Adults with older children, a morning and an evening ampoule; the younger children's dose is someone else's.
    [
      '1 ampoule',
      "Adultes et enfants à partir de 12 ans : 1 ampoule le matin et 1 ampoule le soir, à diluer dans un demi-verre d'eau. Enfants de 6 à 11 ans : 1 ampoule par jour.",
      2,
      2,
    ],
    // "increase gradually over a week to 2 level teaspoons (1 serving)": half a serving, then one.
    [
      '2 level tsp (4 g)',
      'Adults: Start with 1 level teaspoon daily and increase gradually over a week to 2 level teaspoons (1 serving) per day, as tolerated.',
      0.5,
      1,
    ],
    // Every group a child's: "two 5 ml spoonfuls (10 ml)" is 10 ml, two servings of 5 ml.
    [
      '5 ml',
      'Children 3–6 years: one 5 ml spoonful daily. Children 7–12 years: two 5 ml spoonfuls (10 ml) daily. Not suitable for children under 3 years.',
      1,
      2,
    ],
    // "Your first week: … ½ scoop …. From week 2: 1 level scoop": a build-up, half a serving to one.
    [
      '5 g scoop',
      'Your first week: mix ½ scoop (2.5 g) into 200–250 ml of water each evening. From week 2: 1 level scoop (5 g) daily. Do not exceed 1 scoop a day.',
      0.5,
      1,
    ],
    // A week's dose, then the next, in one sentence with a comma before "then": the day spans both.
    [
      '1 comprimat',
      'Se administrează timp de o săptămână câte 2 comprimate de 3 ori pe zi, pentru refacerea depozitelor de magneziu, apoi 2–3 comprimate pe zi.',
      2,
      6,
    ],
    ['1 tablet', 'For one week take 2 tablets three times daily, then 1 tablet daily.', 1, 6],
    // The larger dose before its condition, after "or": up to it.
    ['1 ampolla', 'Adultos: 1 ampolla al día, o 2 ampollas al día en periodos de entrenamiento intenso o competición.', 1, 2],
    ['1 vial', 'Adults: 1 vial a day, or 2 vials a day during periods of intense training.', 1, 2],
    // "Before bed" in Italian, Spanish, German, French and Dutch is once a day.
    ['1 misurino', 'Sciogliere 1 misurino (5 g) in 150-200 ml di acqua tiepida circa 30 minuti prima di coricarsi.', 1, 1],
    ['2 cápsulas', 'Tomar 2 cápsulas antes de acostarse.', 1, 1],
    ['1 Kapsel', '1 Kapsel vor dem Schlafengehen einnehmen.', 1, 1],
    // Children's groups only, beside a group the product is not for and an adult's supervision: the day spans the groups.
    [
      '1 gummy',
      'Children 3-6 years: 1 gummy a day. Children 7-12 years: 2 gummies a day. Not suitable for children under 3 years. Adult supervision required.',
      1,
      2,
    ],
    // French "Adultes et enfants dès 12 ans : 1 à 1½ comprimé" over a child's group.
    [
      '1 comprimé',
      'Adultes et enfants dès 12 ans : 1 à 1½ comprimé effervescent par jour. Enfants de 6 à 12 ans : ½ à 1 comprimé effervescent par jour.',
      1,
      1.5,
    ],
    // How a day's count already given is split ("Bei Einnahme von 2 Tabletten … morgens und abends") adds no intakes.
    [
      '1 Brausetablette',
      'Erwachsene: täglich 1–2 Brausetabletten auflösen und trinken. Bei Einnahme von 2 Tabletten diese auf morgens und abends verteilen.',
      1,
      2,
    ],
    ['1 tablet', 'Take 1-2 tablets daily. If taking 2 tablets, take one in the morning and one in the evening.', 1, 2],
    // By the hour in a part of its own, the day's most in the next sentence.
    [
      '1 Stick',
      '1 Stick in 500 ml Wasser auflösen. Bei Belastungen über 60 Minuten 1 Stick pro Stunde. Nicht mehr als 4 Sticks pro Tag verzehren.',
      1,
      4,
    ],
    // "Adults: do not exceed 4 tablets in 24 hours": the adults' ceiling, not their dose.
    [
      '1 tablet',
      'Drop one tablet into 500ml of water. Drink before, during or after exercise. Adults: do not exceed 4 tablets in 24 hours.',
      1,
      1,
    ],
    // The same in Spanish: "1 dosis por cada hora", capped by "No tomar más de 4 cacitos al día".
    [
      '1 cacito',
      'Disolver 1 cacito (6 g) en 750 ml de agua fría y agitar. Tomar 1 dosis por cada hora de ejercicio. No tomar más de 4 cacitos al día.',
      1,
      4,
    ],
    // Hindi: "वयस्क: 1 टैबलेट दिन में एक बार" (adults: 1 tablet once a day), "दिन में दो बार" (twice a day).
    ['1 tablet', 'वयस्क: 1 टैबलेट दिन में एक बार भोजन के बाद।', 1, 1],
    ['1 capsule', '1 कैप्सूल दिन में दो बार।', 2, 2],
    // Icelandic: "einu sinni til tvisvar á dag" (once or twice a day), "tvisvar" (twice), "daglega" (daily).
    ['2 hylki', 'Notkun: 2 hylki, einu sinni til tvisvar á dag með mat.', 1, 2],
    ['1 hylki', 'Taktu 1 hylki tvisvar á dag.', 2, 2],
    ['1 tafla', 'Ein tafla daglega.', 1, 1],
    ['1 tabletkę', 'Przyjmować 1 tabletkę dwa razy dziennie.', 2, 2],
    ['2ソフトジェル', '1日2ソフトジェルを目安に', 1, 1],
    // Korean: "1일 1회, 1회 2정" (once a day, two tablets each time), "하루 두 번" (twice a day).
    ['2정', '1일 1회, 1회 2정을 물과 함께 섭취하십시오.', 1, 1],
    ['1캡슐', '1일 2회, 1회 1캡슐씩 물과 함께 드십시오.', 2, 2],
    ['1정', '하루 두 번 1정씩 식후에 섭취하세요.', 2, 2],
    ['1정', '1일 2정을 섭취하십시오.', 2, 2],
    // A dose that "can be doubled": the day runs up to twice it.
    ['1 capsule', 'Take 1 capsule daily. The dose can be doubled if needed.', 1, 2],
    [
      '1 Sachet',
      '1× täglich 1 Sachet. Die Standarddosis kann im Bedarfsfall (z.B. bei schweren Mangelerscheinungen) verdoppelt werden.',
      1,
      2,
    ],
    // Hungarian prevention and treatment doses side by side; "reggel és este" is morning and evening.
    ['1 kapszula', 'Megelőzésre napi 1 kapszula. Kezelésre reggel és este 1-1 kapszula.', 1, 2],
    // A loading dose for a set time, then a lower maintenance dose: the day runs from the lower to the higher.
    ['2 capsules', 'Take 2 capsules three times daily for 7 days, then 1 capsule twice daily.', 1, 3],
    ['2 Tabletten', '2 Tabletten 3 mal täglich für 7 Tage, dann 1 Tablette 2-3 mal täglich.', 1, 3],
    ['2 таблетки', 'протягом перших 7 днів — по 2 таблетки 3 рази на добу; далі — по 1 таблетці 2–3 рази на добу.', 1, 3],
    ['2 tabletta', 'Naponta 3-szor 2 tabletta 1 héten át a raktárak feltöltésére. Fenntartó adagja naponta 2-3 tabletta.', 1, 3],
    // A build-up told in shares of a serving, each restated in teaspoons: half a serving to a full one.
    ['2 tsp (4.3 g)', 'Start with ½ serving (1 tsp) daily and gradually increase to a full serving (2 tsp) daily.', 0.5, 1],
    ['9.4 g', 'Mix 1 serving (1 scoop) with 8-10 ounces of cold water, once a day.', 1, 1],
    // A fixed interval over the day: every 12 hours is twice a day.
    ['2 Caplets', 'Take 1 or 2 caplets every 12 hours, or as directed by your physician.', 1, 2],
    // A day's volume shared over one to three intakes: the serving is the label's measure, taken up to three times.
    ['5 ml', 'À partir de 13 ans : 15 ml par jour, en une à trois prises.', 3, 3],
    ['1 miarka (5 ml)', '3 miarki (15 ml) dziennie, w 1–3 porcjach.', 3, 3],
    // "peste 14 ani: conținutul unui plic": the group's age before its colon counts no sachets.
    ['1 plic', 'Adulți și adolescenți peste 14 ani: conținutul unui plic pe zi, dizolvat în 150–200 ml apă.', 1, 1],
    // The first week's dose in a sentence of its own, then the next one's ("Danach", "Ezt követően", "Then").
    ['1 Tablette', 'Eine Woche lang 3-mal täglich 2 Tabletten einnehmen. Danach 2- bis 3-mal täglich 1 Tablette.', 2, 6],
    ['1 tabletta', 'Az első héten naponta 3-szor 2 tabletta. Ezt követően a fenntartó adag naponta 2–3 tabletta.', 2, 6],
    ['1 tablet', 'For the first week take 2 tablets three times a day. Then 1 tablet two or three times a day.', 2, 6],
    ['1 comprimé', 'La première semaine, 2 comprimés 3 fois par jour. Ensuite, 1 comprimé 2 à 3 fois par jour.', 2, 6],
    ['1 Capsule', 'Take 1 capsule one to five times daily with/without food.', 1, 5],
    ['2 gélules', '2 gélules par jour.', 1, 1],
    ['1 tablet', 'Take one tablet twice daily, or as directed by your healthcare practitioner.', 2, 2],
    ['3 Vegetarian Capsules', 'Take 3 capsules daily with food.', 1, 1],
    // The serving is what one intake takes: three intakes a day are three servings.
    ['1 – 2 Filmtabletten', '3mal täglich 1 – 2 Filmtabletten', 3, 3],
    [
      '1 a 2 comprimidos',
      'de 1 a 2 comprimidos después de cada una de las tres comidas (de 146 mg a 292 mg de magnesio al día)',
      3,
      3,
    ],
    ['1 comprimé', '6 à 8 comprimés par jour à répartir en 2 ou 3 prises pendant les repas.', 6, 8],
    ['1 Hartkapsel', 'morgens und abends je 1 Hartkapsel', 2, 2],
  ])('serving %s, "%s" -> %f–%f', (size, directions, min, max) => {
    const r = servingsPerDay(parseServingSize(size), parseDirections(directions));
    expect(r).toMatchObject({ min, max, source: 'directions' });
  });

  it('"Günde 2 defa 1\'er tablet": Turkish "1\'er" (one each time) counts the units each time', () => {
    expect(parseDirections("Günde 2 defa 1'er tablet, yemeklerle birlikte.")?.perIntake).toMatchObject({
      min: 1,
      max: 1,
      unit: 'tablet',
    });
    expect(parseDirections("Günde 1 defa 2'şer kapsül.")?.perIntake).toMatchObject({ min: 2, max: 2, unit: 'capsule' });
  });
  it('"1 płaską miarkę": the scoop in the accusative, an adjective before it, is one scoop', () =>
    expect(parseDirections('1 płaską miarkę (ok. 2 g) dziennie rozpuścić w 200 ml wody.')?.perIntake).toMatchObject({
      min: 1,
      max: 1,
      unit: 'scoop',
    }));

  it("a day's count with its split in brackets is divided daily; German leaflet abbreviations are read", () => {
    expect(parseDirections('Zapobiegawczo: 2 tabletki na dobę (1 tabletka rano i 1 tabletka wieczorem).')?.dividedDaily).toBe(
      true,
    );
    expect(parseDirections('Take 2 capsules daily (1 in the morning and 1 in the evening).')?.dividedDaily).toBe(true);
    // Three forms, the last after "oppure": each an alternative, with the words that tell it from the others.
    expect(
      parseDirections(
        'Solo per adulti: 3 flaconcini o 3 bustine monodose di soluzione oppure 2 bustine di polvere al giorno.',
      )?.alternatives?.map((x) => [x.raw, x.words.split(' ').slice(0, 2).join(' ')]),
    ).toEqual([
      ['3 flaconcini', ''],
      ['3 bustine', 'monodose di'],
      ['2 bustine', 'di polvere'],
    ]);
    // Icelandic capsules: "2 hylki, einu sinni til tvisvar á dag" (2 capsules, once or twice a day).
    expect(parseDirections('2 hylki, einu sinni til tvisvar á dag með mat.')).toMatchObject({
      perIntake: { min: 2, max: 2, unit: 'capsule' },
      timesPerDay: { min: 1, max: 2 },
    });
    // "for a 70 kg adult" in a note after the dose is no adults' part of the directions.
    expect(
      parseDirections(
        'Take 2 capsules daily with food. A daily intake of about 3.6 mg per kg (roughly 250 mg for a 70 kg adult) is needed. Reference intakes are 300 mg a day for men and 270 mg for women.',
      )?.perIntake,
    ).toMatchObject({ min: 2, max: 2, unit: 'capsule' });
    expect(parseDirections('Erw. und Jugendl.: 1-3-mal tgl. 1 Kautbl. Kdr. ab 6 J.: 1-3-mal tgl. ½ Kautbl.')).toMatchObject({
      perIntake: { min: 1, max: 1, unit: 'tablet' },
      timesPerDay: { min: 1, max: 3 },
    });
  });

  it('Hungarian counts and splits, vulgar fractions, "den Inhalt eines Beutels"', () => {
    expect(parseDirections('A szokásos adagja naponta 2-3-szor 2 tabletta.')).toMatchObject({
      perIntake: { min: 2, max: 2, unit: 'tablet' },
      timesPerDay: { min: 2, max: 3 },
    });
    expect(
      parseDirections('Javasolt napi adag 3-4 darab filmtabletta. A napi adag 2-3 részre osztva alkalmazandó.')?.dividedDaily,
    ).toBe(true);
    expect(parseDirections('Adultes et enfants dès 12 ans: 1–1½ comprimé effervescent par jour.')?.perIntake).toMatchObject({
      min: 1,
      max: 1.5,
    });
    expect(parseDirections('2 bis 3-mal täglich den Inhalt eines Beutels zu 5 g')).toMatchObject({
      perIntake: { min: 1, max: 1, unit: 'packet' },
      timesPerDay: { min: 2, max: 3 },
    });
  });

  it('directions that build up run from the first phase to the last', () => {
    const times = (t: string) => parseDirections(t)?.timesPerDay;
    expect(times('Start with 1 capsule daily for five days, then increase to 2 capsules daily.')).toEqual({ min: 1, max: 2 });
    expect(
      times(
        'Durante los primeros cinco días, toma 1 cápsula al día. Luego pasa a la dosis de mantenimiento de 2-3 cápsulas al día.',
      ),
    ).toEqual({ min: 1, max: 3 });
    expect(
      times(
        'Begin with 1 level teaspoon daily and increase gradually over several days to 2 level teaspoons daily, as tolerated.',
      ),
    ).toEqual({ min: 1, max: 2 });
    // An increase with no first phase named is not a build-up.
    expect(times('Take 2 capsules daily. Increase to 4 if needed.')).toEqual({ min: 1, max: 1 });
  });

  it.each([
    ['Dospelí užívajú 2 až 3-krát denne jednu šumivú tabletu.', 1, 'tablet', 2, 3],
    ['Dospělí a dospívající: 1 – 2krát denně obsah 1 sáčku;', 1, 'packet', 1, 2],
    ['по 1 капсуле 2-3 раза в день', 1, 'capsule', 2, 3],
    ['Adulți: câte 1 comprimat de 3 ori pe zi', 1, 'tablet', 3, 3],
    ['po 1 tableto 2-krat dnevno', 1, 'tablet', 2, 2],
  ])('Slovak, Czech, Russian, Romanian and Slovenian directions: %s', (text, units, unit, min, max) => {
    expect(parseDirections(text)).toMatchObject({ perIntake: { min: units, max: units, unit }, timesPerDay: { min, max } });
  });

  it('a prevention dose and a treatment dose side by side run from the smaller day to the larger', () => {
    const day = (t: string) => {
      const d = parseDirections(t);
      return d?.perIntake && { min: d.perIntake.min * d.timesPerDay.min, max: d.perIntake.max * d.timesPerDay.max };
    };
    expect(
      day('Prophylactic dose: 2 or 4 tablets daily in divided doses. Therapeutic dose: 2 - 6 tablets daily in divided doses'),
    ).toEqual({
      min: 2,
      max: 6,
    });
    expect(
      day('Zapobiegawczo: zazwyczaj 2 tabletki na dobę. W stwierdzonym niedoborze magnezu: 6 tabletek na dobę przez 3 tygodnie.'),
    ).toEqual({ min: 2, max: 6 });
    // A build-up whose first phase is a range starts at the range's lower end.
    expect(day('Start with 1-2 capsules daily, then increase to 4 capsules daily.')).toEqual({ min: 1, max: 4 });
  });

  it("a day's count split over intakes is marked, so the serving is one unit", () => {
    expect(parseDirections('3 à 4 comprimés par jour à répartir en 2 ou 3 prises pendant les repas.')).toMatchObject({
      perIntake: { min: 3, max: 4, unit: 'tablet' },
      dividedDaily: true,
    });
    expect(parseDirections('Take three capsules daily, preferably in divided doses.')?.dividedDaily).toBe(true);
    expect(parseDirections('Take 2 capsules daily with a meal.')?.dividedDaily).toBe(false);
  });
  it('a strength between the count and the unit ("two 500 mg capsules")', () => {
    expect(parseDirections('Take two 500 mg capsules daily.')?.perIntake).toMatchObject({ min: 2, max: 2, unit: 'capsule' });
    expect(parseDirections('Take one 400 mg tablet twice daily.')).toMatchObject({
      perIntake: { min: 1, max: 1, unit: 'tablet' },
      timesPerDay: { min: 2, max: 2 },
    });
  });
  it('"1 – 2-mal täglich" and adults after children', () => {
    const d = parseDirections(
      'Kinder ab 6 Jahren; 1-mal täglich 1 Brausetablette; Jugendliche und Erwachsene; 1 – 2-mal täglich 1 Brausetablette',
    );
    expect(d).toMatchObject({ perIntake: { min: 1, max: 1, unit: 'tablet' }, timesPerDay: { min: 1, max: 2 } });
    expect(
      parseDirections(
        'Volwassenen (inclusief ouderen); 1–2 sachets (= 10–20 mmol Mg) per dag. Kinderen 10–18 jaar; 1 sachet per dag.',
      )?.perIntake,
    ).toMatchObject({ min: 1, max: 2, unit: 'packet' });
  });
  it('"For adults only" in a warning does not hide the directions before it', () => {
    expect(
      parseDirections('Take 3g daily, dissolved in at least 250ml of water. For adults only. Consult physician if pregnant.'),
    ).toMatchObject({
      timesPerDay: { min: 1, max: 1 },
      frequencyAssumed: false,
    });
  });
  it('"Four 84 mg caplets": the strength is not a count', () => {
    expect(
      parseDirections('Four 84 mg Mag-Tab SR caplets daily contain 336 mg of elemental magnesium.')?.perIntake?.max ?? 0,
    ).not.toBe(84);
  });
  it('"Four 84 mg Mag-Tab®SR caplets daily contain 336 mg": four a day, told as a fact, with no intake said', () => {
    expect(parseDirections('Four 84 mg Mag-Tab®SR caplets daily contain 336 mg of elemental magnesium.')).toMatchObject({
      perIntake: { min: 4, max: 4, unit: 'tablet' },
      dividedDaily: true,
    });
    expect(parseDirections('Take 4 caplets daily with meals.')?.dividedDaily).toBe(false);
    expect(parseDirections('Take 2 x 250 mg tablets twice daily.')).toMatchObject({
      perIntake: { min: 2, max: 2, unit: 'tablet' },
      timesPerDay: { min: 2, max: 2 },
    });
  });
  it('a figure in parentheses does not set the frequency', () => {
    expect(
      parseDirections('de 1 a 2 comprimidos (de 48,62 mg a 97,24 mg de magnesio) después de cada una de las tres comidas')
        ?.timesPerDay,
    ).toEqual({ min: 3, max: 3 });
    expect(parseDirections('Take 1 capsule twice daily (400 mg a day)')?.timesPerDay).toEqual({ min: 2, max: 2 });
  });
  it.each([
    ['3mal täglich 1 – 2 Filmtabletten', 'tablet'],
    ['Zweimal täglich 1 Brausetablette', 'tablet'],
    ['A dose recomendada é de 2 a 3 ampolas por dia', 'ampoule'],
    ['3 flaconcini al giorno', 'ampoule'],
    ['Take 1 capsule.', 'capsule'],
  ])('"%s" counts %ss', (text, unit) => expect(parseDirections(text)?.perIntake?.unit).toBe(unit));

  it('"3 flaconcini o 2 bustine al giorno": two dosage forms, each an intake of its own', () => {
    expect(parseDirections('Solo per adulti: 3 flaconcini o 2 bustine di granulato al giorno.')?.alternatives).toMatchObject([
      { min: 3, unit: 'ampoule' },
      { min: 2, unit: 'packet' },
    ]);
    expect(parseDirections('Take 1 or 2 capsules daily.')?.alternatives).toBeUndefined();
  });

  it('an intake by the hour with a daily maximum: one intake up to the maximum a day', () => {
    const d = parseDirections(
      'Suggested use: 1-2 capsules per hour. The maximum number of capsules recommended per day is 10, although athletes may exceed this.',
    );
    expect(d).toMatchObject({ perHour: true, timesPerDay: { min: 1, max: 5 } });
    expect(servingsPerDay(parseServingSize('1-2 capsules'), d)).toMatchObject({ min: 1, max: 5, source: 'directions' });
  });
  it('an intake by the hour with no daily maximum: the day is not known', () => {
    const r = servingsPerDay(null, parseDirections('1 capsule per 30-60 minutes during activity.'));
    expect(r).toMatchObject({ min: 1, max: 1, source: 'assumed-one' });
    expect(r.warnings.map((w) => w.code)).toContain('directions-per-hour');
  });

  it('Bulgarian directions: "възрастни и младежи приемат 1-2 пъти дневно по 1 капсула"', () => {
    expect(parseDirections('възрастни и младежи приемат 1-2 пъти дневно по 1 капсула.')).toMatchObject({
      perIntake: { min: 1, max: 1, unit: 'capsule', raw: '1 капсула' },
      timesPerDay: { min: 1, max: 2 },
    });
  });

  it('without directions: one serving a day, marked assumed-one', () => {
    expect(servingsPerDay(parseServingSize('2 capsules'), null)).toMatchObject({ min: 1, max: 1, source: 'assumed-one' });
  });
  it('a serving size that says per day is the daily amount', () => {
    expect(servingsPerDay(parseServingSize('9 Tablets (per day)'), null)).toMatchObject({ min: 1, max: 1, source: 'directions' });
  });
  it('unknown serving size: one intake is one serving, with a warning', () => {
    const r = servingsPerDay(null, parseDirections('Take 2 capsules twice daily'));
    expect(r).toMatchObject({ min: 2, max: 2, source: 'directions' });
    expect(r.warnings.map((w) => w.code)).toContain('serving-size-unknown');
  });
  it.each([
    ['10 ml', '3 à 4 ampoules par jour à répartir en 2 ou 3 prises pendant les repas', 3, 4],
    ['10 ml', 'Take 1 vial twice daily', 2, 2],
  ])('amounts per %s over "%s": one ampoule is one serving, with a warning', (serving, directions, min, max) => {
    const r = servingsPerDay(parseServingSize(serving), parseDirections(directions));
    expect(r).toMatchObject({ min, max, source: 'directions' });
    expect(r.warnings.map((w) => w.code)).toEqual(['ampoule-is-serving']);
  });
  it('a counted serving under directions in another unit stays one intake a serving', () => {
    const r = servingsPerDay(parseServingSize('2 capsules'), parseDirections('Take 2 tablets twice daily'));
    expect(r).toMatchObject({ min: 2, max: 2 });
  });
  it.each([
    ['2 capsules', 2, 'capsule'],
    ['1 scoop (3.5 g)', 1, 'scoop'],
    ['1 tablespoon (15 mL)', 1, 'tablespoon'],
    ['2 gummies', 2, 'gummy'],
    ['Three Capsules', 3, 'capsule'],
    ['2 Veggie Capsules', 2, 'capsule'],
  ])('serving size %s -> %d %s', (text, n, unit) => {
    expect(parseServingSize(text).units).toMatchObject({ min: n, max: n, unit });
  });
});

describe('units in more words', () => {
  it.each([
    ['Felnőtteknek: naponta 1 pezsgőtabletta.', 'tablet'],
    ['2 tabletta naponta', 'tablet'],
    // Dutch measuring scoops and chewable tablets.
    ['Neem 1 tot 2 maatlepels bij het ontbijt.', 'scoop'],
    ['Neem 2 kauwtabletten in de ochtend.', 'tablet'],
    ['Magnéziumhiány kezelésére naponta 2-3-szor 1 ampulla.', 'ampoule'],
    // Abbreviations of capsules and tablets ("Kps", "kaps.", "tabl.").
    ['Dorośli: 1 tabl. 2 razy dziennie.', 'tablet'],
    ['Täglich 2 Kps. mit Wasser einnehmen.', 'capsule'],
  ])('"%s" counts %s', (text, unit) => expect(parseDirections(text)?.perIntake?.unit).toBe(unit));

  it.each([
    // A bracket that totals the day's units outweighs a meal phrase.
    ['Take 1 capsule with each meal (3 capsules daily) or as directed by your physician.', 1, 3],
    ['Take 1 tablet daily (2 tablets daily for athletes).', 1, 1],
    ['As a dietary supplement, take three capsules 30 minutes prior to sleep.', 3, 1],
    // "2 (duas)": the figure, then the word in brackets; Portuguese "até" (up to) is a ceiling.
    ['Tomar 2 (duas) cápsulas ao dia ou conforme orientação profissional.', 2, 1],
    // A pre-workout's one intake.
    ['Adults mix 1 serving (1 scoop) with 8-10 ounces of cold water 20-30 minutes prior to workout.', 1, 1],
  ])('"%s": %s a time, %s times a day, the frequency read', (text, units, times) => {
    const d = parseDirections(text);
    expect(d?.perIntake?.max).toBe(units);
    expect(d?.timesPerDay).toEqual({ min: times, max: times });
    expect(d?.frequencyAssumed).toBe(false);
  });
  it('"one additional capsule if needed" is a day of one to two', () =>
    expect(
      parseDirections('1 capsule daily with water. Take one additional capsule if needed during an extended training session.')
        ?.timesPerDay,
    ).toEqual({ min: 1, max: 2 }));
  it('"Tomar até 3 comprimidos ao dia" is 1 to 3 tablets', () =>
    expect(parseDirections('Tomar até 3 comprimidos ao dia.')?.perIntake).toMatchObject({ min: 1, max: 3, unit: 'tablet' }));

  it('"ööpäevas" (Estonian: in a day and night) is once a day', () => {
    const d = parseDirections('Täiskasvanud: 1...2 kihisevat tabletti ööpäevas piisava koguse vedelikuga.');
    expect(d?.timesPerDay).toEqual({ min: 1, max: 1 });
    expect(d?.frequencyAssumed).toBe(false);
  });

  it.each([
    ['Magnesiumtaurat 120 Kps', true],
    ['Magnez 60 tabl.', true],
    // The unit, then the count of pieces.
    ['Biosorin Magneesium 400 mg kapslid 120 tk', true],
    ['Tabletten 100 Stück', true],
    ['Magnesium 400 mg', false],
    ['120 tk', false],
    // The count, then a CJK unit's sign.
    ['【第3類医薬品】マグネライト便秘薬 360錠', true],
    ['마그네슘 60정', true],
    ['鎂 2錠', false],
    // The unit a few words before its count of pieces.
    ['Rennie Antacidum, 680 mg + 80 mg, tabletki do ssania, 48 szt.', true],
    ['Magnesium gel, 48 szt.', false],
    // ("st" counts pieces only after a space: "the 21st" is no pack.)
    ['Tablets for the 21st century', false],
    ['Magnesium Tabletten 100 St.', true],
    // The count, then a unit in Hebrew or Greek letters.
    ['דוגמה סידן 600 + ויטמין D3 - 60 טבליות', true],
    ['Μαγνήσιο 300mg 60 ταμπλέτες', true],
  ])('"%s" names a pack: %s', (text, pack) => expect(namesPack(text)).toBe(pack));
});

describe('a measure of liquid glued to its number, Chinese and Turkish intakes', () => {
  it.each([
    ['Take 10ml three times daily.', 10, 10, 'ml', 3],
    ['口服,一次10ml,一日3次或遵醫囑。', 10, 10, 'ml', 3],
    ['Yetişkinler ve adölesanlar (12-17 yaş) için önerilen günlük doz 1-2 tablettir.', 1, 2, 'tablet', 1],
  ])('"%s" is %d–%d %s, %d times a day', (text, min, max, unit, times) => {
    const d = parseDirections(text);
    expect(d?.perIntake).toMatchObject({ min, max, unit });
    expect(d?.timesPerDay).toEqual({ min: times, max: times });
  });
});

describe('directions that may be raised, in Swedish', () => {
  it('"Initialt 1 tablett 2 gånger dagligen. Vid behov kan dosen ökas till 2 tabletter 2 gånger dagligen." runs from 2 to 4 tablets a day', () => {
    const d = parseDirections(
      'Initialt 1 tablett 2 gånger dagligen. Vid behov kan dosen ökas till 2 tabletter 2 gånger dagligen.',
    );
    expect(d?.perIntake).toMatchObject({ min: 1, max: 1, unit: 'tablet' });
    expect(d?.timesPerDay).toEqual({ min: 2, max: 4 });
  });
});

describe('directions counted by groups, in servings, or as so many times one unit', () => {
  it('"men take 3, or women take 2 capsules daily" runs from 2 to 3 capsules', () => {
    expect(parseDirections('As a dietary supplement, men take 3, or women take 2 capsules daily.')?.perIntake).toMatchObject({
      min: 2,
      max: 3,
      unit: 'capsule',
    });
    // Two of a 3-capsule serving stay exact (0.666…, not 0.67), so 450 mg a serving gives 300 mg.
    const r = servingsPerDay(parseServingSize('3 Capsules'), parseDirections('men take 3, or women take 2 capsules daily'));
    expect(r.min * 450).toBeCloseTo(300, 2);
    expect(r.max).toBe(1);
  });
  it('a bare number before "or" and a measure of mass is no group count', () => {
    expect(parseDirections('Mix with 8 oz water, or take 2 capsules daily.')?.perIntake).toMatchObject({ min: 2, max: 2 });
  });
  it.each([
    ['360 Gram(s)', 'Mix four heaping scoops (360 g) with 24 fl. oz. of cold water or milk. Consume 1-2 servings per day.', 1, 2],
    ['2 scoops (70 g)', 'Add 2 scoops (70g). Use 1 serving per hour of exercise, up to 2 servings a day.', 1, 2],
  ])('serving %s, "%s": the day counted in servings', (size, directions, min, max) => {
    expect(servingsPerDay(parseServingSize(size), parseDirections(directions))).toMatchObject({ min, max, source: 'directions' });
  });
  it.each([
    ['3 tablets', 'Take 3x1 tablets daily at mealtime with a glass of water.', 1, 1],
    ['1 Kapsel', '2 x 1 Kapsel täglich.', 2, 2],
  ])('serving %s, "%s": so many times one unit', (size, directions, min, max) => {
    expect(servingsPerDay(parseServingSize(size), parseDirections(directions))).toMatchObject({ min, max, source: 'directions' });
  });
});

describe('how often, when the directions say it in few words', () => {
  it.each([
    ['1 tablet', 'take 1 or 2 tablets day or as directed by a physician', 1, 2],
    ['1 comprimido', 'Dosis media: de 2 a 4 comprimidos día.', 2, 4],
    ['1 viên', 'Người lớn: 2 viên/ngày.', 2, 2],
    ['1 tablet', 'Take 1 tablet with breakfast.', 1, 1],
    // One part of the day, in other languages, is one intake a day; the evening and bedtime are one part.
    ['3 capsules', 'Ochtend n.v.t. Middag n.v.t. Avond Neem 3 capsules in de avond. Nacht n.v.t.', 1, 1],
    ['1 gélule', 'Prendre 1 gélule le soir au coucher.', 1, 1],
    ['1 maatschepje', 'Standaard dosering: 1 maatschepje vóór het slapengaan.', 1, 1],
    // A kit's line: three capsules of it, once a day ("quotidienne"), not three times.
    ['3 gélules', '3x GÉLULE RECUP+® (Composition quotidienne)', 1, 1],
    // Dutch "once or twice daily"; one moment's row of a schedule with the day's most.
    ['1 maatschepje', 'Een- of tweemaal daags 1 maatschepje in water mengen.', 1, 2],
    // Dutch "once a day", "twice a day", "3 times a day" ("maal daags").
    ['1 tablet', 'Neem eenmaal daags 1 tablet met water.', 1, 1],
    ['1 tablet', 'Tweemaal daags 1 tablet bij de maaltijd.', 2, 2],
    ['1 capsule', '3 maal daags 1 capsule.', 3, 3],
    // A weight taken, counted in servings of the serving size's weight.
    ['5 g', 'Take 10 g daily in water.', 2, 2],
    ['1 scoop (5 g)', 'Mix 5-10 g once a day.', 1, 2],
    // Dutch singular units: a chewable tablet, a scoop.
    ['1 tablet', 'Neem 1 kauwtablet per dag of zoals voorgeschreven.', 1, 1],
    ['1 scoop', 'Mix dagelijks 1 maatschep in gefilterd water.', 1, 1],
    [
      '1 tablet',
      'Ochtend n.v.t. Middag n.v.t. Avond Neem 1 tablet bij de avondmaaltijd. Tot 2 tabletten per dag. Nacht n.v.t.',
      1,
      2,
    ],
  ])('serving %s, "%s" is a day\'s directions', (size, directions, min, max) => {
    expect(servingsPerDay(parseServingSize(size), parseDirections(directions))).toMatchObject({ min, max, source: 'directions' });
  });
  it('directions that say how much but not how often: the day is an assumption, marked so', () => {
    const r = servingsPerDay(
      parseServingSize('1 scoop (45 g)'),
      parseDirections('Mix one scoop (45g) with 6 to 8 ounces of cold water.'),
    );
    expect(r).toMatchObject({ min: 1, max: 1, source: 'assumed-one' });
    expect(r.warnings.map((w) => w.code)).toContain('directions-frequency-assumed');
    // Two meals named are two occasions, not one part of the day.
    expect(parseDirections('Take 1 capsule with lunch or dinner.')?.frequencyAssumed).toBe(true);
  });

  it('"do not exceed the recommended daily dose" says how much at most, not how often', () => {
    for (const ceiling of [
      'Ne pas dépasser la dose journalière recommandée.',
      'Do not exceed the recommended daily intake.',
      'Die angegebene empfohlene tägliche Verzehrsmenge darf nicht überschritten werden.',
    ])
      expect(parseDirections(`Dissoudre 1 pastille dans un verre d'eau froide (200 ml). ${ceiling}`)?.frequencyAssumed).toBe(
        true,
      );
    // The intake's own "daily" still counts, and a ceiling with its number stays for the ceiling's readers.
    expect(parseDirections('Take 2 capsules daily. Do not exceed the recommended daily dose.')).toMatchObject({
      frequencyAssumed: false,
      timesPerDay: { min: 1, max: 1 },
    });
    expect(parseDirections('Take 1 capsule. Do not exceed 3 capsules daily.')?.frequencyAssumed).toBe(false);
    // A sentence that takes its units in words keeps them, ceiling and all.
    expect(parseDirections('Take one tablet daily and do not exceed the recommended dose.')).toMatchObject({
      perIntake: { min: 1, max: 1, unit: 'tablet' },
      frequencyAssumed: false,
    });
    expect(parseDirections('Prendre une gélule par jour sans dépasser la dose recommandée.')?.perIntake).toMatchObject({
      min: 1,
      unit: 'capsule',
    });
  });
});

describe('misfires of those rules, kept out (review 5)', () => {
  it.each([
    ['1 scoop', 'Mix 1 scoop with 8-10 oz of water and drink once daily. Do not exceed 2 servings per day.', 1, 1],
    ['2 capsules', 'Take 2 capsules daily with water. Max 2 servings a day.', 1, 1],
    ['1 scoop', 'Mix 1 scoop once daily. Athletes may take 2 servings per day.', 1, 1],
    ['2 tablets', 'Women who are pregnant or nursing, and adults 18 or over take 2 tablets daily with food.', 1, 1],
    ['2 tablets', 'Children 12 or older take 2 tablets daily.', 1, 1],
  ])('serving %s, "%s" -> %f–%f', (size, directions, min, max) => {
    expect(servingsPerDay(parseServingSize(size), parseDirections(directions))).toMatchObject({ min, max, source: 'directions' });
  });
  // ("Take 1 tablet at breakfast, lunch and dinner." names three occasions: three times a day, tested with round 50.)
  it.each(['Take one tablet with breakfast or with dinner.', 'Tome 1 comprimido día sí, día no.'])(
    '"%s" names no single daily occasion',
    (directions) => {
      expect(parseDirections(directions)?.frequencyAssumed).toBe(true);
    },
  );
});

describe('counts with no unit, and a count for each age group (part T36)', () => {
  it.each([
    ['1 tablet', 'Chew 2 daily.', 2, 2],
    ['1 capsule', 'Take 1 twice daily with meals.', 2, 2],
    ['2 tablets', 'Take 2 daily.', 1, 1],
  ])('serving %s, "%s" -> %f–%f', (size, directions, min, max) => {
    expect(servingsPerDay(parseServingSize(size), parseDirections(directions))).toMatchObject({ min, max, source: 'directions' });
  });
  it('"take 1 hour before bed" is no count', () => {
    expect(parseDirections('Take 1 hour before bed')?.bareIntake).toBeUndefined();
  });
  it.each([
    ['1 Tablet', 'Children under 4 years of age, chew 1 daily. Children 4 years and older, chew 2 daily.', 1, 2],
    ['1 gummy', 'Children 2-3 years: 1 gummy daily; children 4 years and up: 2 gummies daily.', 1, 2],
    ['1 Kapsül', '4-10 yaş 1 Kapsül, 11 yaş ve üzeri 2 Kapsül günde bir kez.', 2, 2],
    // A list's lines joined with a space: each group starts at its children's word.
    ['1 żelka', 'dzieci od 4 do 8 lat – 1 żelka dziennie dzieci od 9 lat i młodzież – 2 żelki dziennie', 1, 2],
    ['2 tablets', 'Adults take 2 tablets daily. Children 6-12 years take 1 tablet daily.', 1, 1],
  ])('serving %s, "%s" -> %f–%f', (size, directions, min, max) => {
    expect(servingsPerDay(parseServingSize(size), parseDirections(directions))).toMatchObject({ min, max });
  });
});

describe('misfires of the bare-count and age-group rules, kept out (review 6)', () => {
  it.each([
    ['1 capsule', 'Take 3 times daily with food.', 3, 3],
    ['1 capsule', 'Take 1-2 times daily.', 1, 2],
    ['15 ml (1 tablespoon)', 'Take 1 daily mixed in juice.', 1, 1],
    ['1 tablet', 'Over 12 years: 1 tablet daily dissolved in water. 6 to 12 years: half a tablet daily.', 1, 1],
    ['1 Tablette', 'Ab 12 Jahren: 1 Tablette täglich. Kinder von 4 bis 11 Jahren: eine halbe Tablette täglich.', 1, 1],
    ['1 tablet', '12 years and above: take 2 tablets daily after meals. 6-11 years: take 1 tablet daily.', 2, 2],
    ['1 tablet', 'Yetişkinler ve 12 yaş üzeri: günde 2 tablet. 6-11 yaş: günde 1 tablet.', 2, 2],
  ])('serving %s, "%s" -> %f–%f', (size, directions, min, max) => {
    expect(servingsPerDay(parseServingSize(size), parseDirections(directions))).toMatchObject({ min, max });
  });
});

describe('Hebrew directions: units, "one" after its noun, "a day", "twice", "times"', () => {
  it.each([
    ['1 קפליה', '1-2 קפליות ביום עם האוכל או לפני השינה', 1, 2],
    ['1 כמוסה', 'כמוסה אחת ביום בין הארוחות או לפני השינה.', 1, 1],
    ['1 טבליה', 'שתי טבליות פעמיים ביום', 4, 4],
    ['1 כמוסה', '2 כמוסות 3 פעמים ביום', 6, 6],
  ])('serving %s, "%s" -> %f–%f', (size, directions, min, max) => {
    expect(servingsPerDay(parseServingSize(size), parseDirections(directions))).toMatchObject({ min, max, source: 'directions' });
  });
  it('"כמוסה אחת" is one capsule, quoted as read', () => {
    expect(parseServingSize('כמוסה אחת').units).toMatchObject({ min: 1, max: 1, unit: 'capsule', raw: '1 כמוסה' });
  });
});

describe('Slovak ampoules, and a rate that is no intake', () => {
  it.each([
    ['Dospelí: 2–3 ampulky denne, rozdelené do 2–3 dávok.', 2, 3],
    ['Deti: 1 ampulka denne.', 1, 1],
    ['Pieaugušie: 2 ampulas dienā.', 2, 2],
  ])('"%s" counts %i–%i ampoules a day', (text, min, max) => {
    expect(servingsPerDay(parseServingSize('1 ampoule'), parseDirections(text))).toMatchObject({
      min,
      max,
      source: 'directions',
    });
  });
  it('Latvian gummies: "2 želejkonfektes dienā" is two gummies a day', () => {
    expect(parseDirections('Pieaugušajiem: 2 želejkonfektes dienā.')?.perIntake).toMatchObject({ min: 2, max: 2, unit: 'gummy' });
  });
  it.each(['ak máte klírens kreatinínu nižší ako 30 ml/min', '10 ml/kg of body weight', 'infused at 2 ml / h'])(
    '"%s" counts no units',
    (text) => expect(findUnitCount(text)).toBeNull(),
  );
});

describe('directions for men and for women, each its own sentence', () => {
  it.each([
    ['Men: Take 3 capsules before bedtime. Women: Take 2 capsules before bedtime.', 2, 3],
    ['Männer: 3 Kapseln vor dem Schlafengehen. Frauen: 2 Kapseln vor dem Schlafengehen.', 2, 3],
    ['Hommes : 3 gélules le soir. Femmes : 2 gélules le soir.', 2, 3],
    ['Άνδρες: 3 κάψουλες ημερησίως. Γυναίκες: 2 κάψουλες ημερησίως.', 2, 3],
    ['Mężczyźni: 3 kapsułki dziennie. Kobiety: 2 kapsułki dziennie.', 2, 3],
    ['Мужчинам: по 3 капсулы в день. Женщинам: по 2 капсулы в день.', 2, 3],
    ['Für Männer: 3 Kapseln täglich. Für Frauen: 2 Kapseln täglich.', 2, 3],
    ['Férfiak: napi 3 kapszula. Nők: napi 2 kapszula.', 2, 3],
    // Thai, Korean, Japanese: men, women.
    ['ผู้ชาย: รับประทานครั้งละ 3 แคปซูล วันละ 1 ครั้ง; ผู้หญิง: รับประทานครั้งละ 2 แคปซูล วันละ 1 ครั้ง', 2, 3],
    ['남성: 1일 3캡슐. 여성: 1일 2캡슐.', 2, 3],
    ['男性: 1日3粒. 女性: 1日2粒.', 2, 3],
    // One sentence for both, "and" between them.
    ['Men take 3 capsules and women take 2 capsules daily on an empty stomach before bedtime.', 2, 3],
    // A group's advice with no count beside them ("pregnant women and women who breastfeed: ask a doctor") doses no one.
    [
      'Mannen: 3 capsules per dag. Vrouwen: 2 capsules per dag. Zwangere vrouwen en vrouwen die borstvoeding geven: eerst een arts raadplegen.',
      2,
      3,
    ],
    // One sentence for both, a comma before the second group's colon, in Slovak and Czech.
    ['Muži: 3 kapsuly denne, ženy: 2 kapsuly denne, 30–60 minút pred spaním.', 2, 3],
    ['Muži: 3 tobolky denně, ženy: 2 tobolky denně.', 2, 3],
  ])('"%s" is %i to %i units a day', (text, min, max) => {
    expect(servingsPerDay(parseServingSize('1 capsule'), parseDirections(text))).toMatchObject({
      min,
      max,
      source: 'directions',
    });
  });
});

describe('Thai directions: "วันละ" a day, "ครั้งละ" each time, "ครั้ง" times', () => {
  it.each([
    ['1 แคปซูล', 'รับประทานวันละ 2 แคปซูล หลังอาหารเย็นหรือก่อนนอน', 2, 2],
    ['1 เม็ด', 'รับประทานครั้งละ 1 เม็ด วันละ 2 ครั้ง หลังอาหาร', 2, 2],
    ['1 เม็ด', 'รับประทานวันละ 1-2 เม็ด พร้อมอาหาร', 1, 2],
    ['1 ซอง', 'ผสมน้ำ 1 ซอง วันละ 1 ครั้ง', 1, 1],
    // "วันละครั้ง": once a day; a measuring spoon is a scoop.
    ['1 ช้อนตวง', 'ผสมผง 1 ช้อนตวง กับน้ำ 200 มล. รับประทานวันละครั้งก่อนนอน', 1, 1],
    ['1 ช้อนชา', 'รับประทาน 1 ช้อนชา วันละครั้ง', 1, 1],
  ])('serving %s, "%s" -> %f–%f', (size, directions, min, max) => {
    expect(servingsPerDay(parseServingSize(size), parseDirections(directions))).toMatchObject({ min, max, source: 'directions' });
  });
});

describe('a moment the directions rule out', () => {
  it('"Niet binnen 2 uur voor het slapengaan innemen" names no time to take it: the frequency stays assumed', () => {
    const d = parseDirections('Voeg 1 maatlepel toe aan 250 ml water. Niet binnen 2 uur voor het slapengaan innemen.');
    expect(d?.frequencyAssumed).toBe(true);
    expect(parseDirections('Neem 1 maatlepel voor het slapengaan.')?.frequencyAssumed).toBe(false);
    // (The word that rules it out is a word of its own: "antes do treino e 1 cápsula antes de dormir" is no "no".)
    expect(parseDirections('Tomar 1 cápsula antes do treino e 1 cápsula antes de dormir.')?.frequencyAssumed).toBe(false);
  });
});

describe('an intake for each moment of the day', () => {
  it.each([
    ['Take 1 capsule in the morning and 1 capsule in the evening.', 2, 2],
    ['Take 2 tablets in the morning and 1 tablet at bedtime.', 3, 3],
    ['1 Kapsel zum Frühstück und 1 Kapsel zum Abendessen.', 2, 2],
    ['1 gélule le matin et 1 gélule le soir.', 2, 2],
    ['Tomar 1 cápsula pela manhã e 1 cápsula à noite.', 2, 2],
    // A bracket restating the intake, what a glass is of, and the day's ceiling in its own sentence leave it a schedule.
    ['Tomar 1 cálice (30 ml) da solução pela manhã e 1 cálice à noite. Não exceder 2 cálices por dia.', 2, 2],
    ['Take 1 capsule (500 mg) in the morning and 1 capsule in the evening.', 2, 2],
    // A later count with no unit counts the first intake's units.
    ['Take 1 capsule in the morning and 1 in the evening.', 2, 2],
    ['Take 2 tablets with breakfast and 1 at bedtime.', 3, 3],
    ['1 gélule le matin et 1 le soir.', 2, 2],
    ['Take 1 capsule in the morning and 1 in the afternoon.', 2, 2],
    // The moment before its intake, in one sentence or row by row.
    ['In the morning 1 capsule, in the evening 2 capsules.', 3, 3],
    ['Morning: 1 capsule. Evening: 1 capsule.', 2, 2],
    // A schedule table, its moments before each intake, and the day's most after them.
    ['Ochtend Neem 1 capsule bij het ontbijt. Tot 4 capsules per dag. Middag Neem 1 capsule in de middag. Avond n.v.t.', 2, 4],
  ])('"%s" is %i to %i units a day', (text, min, max) => {
    const d = parseDirections(text)!;
    expect(d.perIntake).toMatchObject({ min, max });
    expect(d.timesPerDay).toEqual({ min: 1, max: 1 });
    expect(d.dividedDaily).toBe(true);
  });
  it.each([
    // One intake at two moments is twice a day, as before, in the other languages too.
    ['Take 1 capsule morning and evening.', 1, 2],
    ['По 1 капсуле утром и вечером.', 1, 2],
    ['1 cápsula por la mañana y por la noche.', 1, 2],
    ['1 cápsula de manhã e à noite.', 1, 2],
    ['1 kapsel morgon och kväll.', 1, 2],
    ['1 tabletka rano a večer.', 1, 2],
    ['По 1 капсуле утром или вечером.', 1, 1],
    // An alternative, an intake with its own frequency, another group's dose: no sum.
    ['Take 1 capsule in the morning or 2 capsules in the evening.', 1, 1],
    ['Take 2 capsules daily, preferably in the evening. Children: 1 capsule in the morning.', 2, 1],
    // Review 8's inputs: alternatives in other languages, other groups, optional and phased intakes, negation.
    ['1 capsula al mattino oppure 2 capsule alla sera.', 1, 1],
    ['1 капсула утром или 2 капсулы вечером.', 1, 1],
    ['Women: 1 tablet in the morning. Men: 2 tablets in the evening.', 1, 1],
    ['Take 1 capsule in the morning; if needed, 1 capsule in the evening.', 1, 1],
    // (The first days' dose, then the next: not summed, but the day spans both; the serving is the dose kept to.)
    ['1 capsule in the morning for the first 3 days, after that 2 capsules in the evening.', 2, 1],
    ['Take 1 capsule in the morning. Do not take 2 capsules in the evening.', 1, 1],
    ['Take 1 capsule in the morning and 1 capsule in the evening, up to 3 times a day.', 1, 3],
  ])('"%s" is not summed', (text, units, times) => {
    const d = parseDirections(text)!;
    expect(d.perIntake?.min).toBe(units);
    expect(d.timesPerDay.max).toBe(times);
    expect(d.dividedDaily).toBe(false);
  });
});

describe('review 9: frequencies and units in more words', () => {
  it.each([
    ['2- bis 3-mal täglich 1–2 Filmtabletten.', 1, 2, 2, 3],
    ['1 comprimé 1- à 2 fois par jour.', 1, 1, 1, 2],
    ['Dospělí: 2–3 tablety 3× denně.', 2, 3, 3, 3],
    ['每日2粒，睡前30分鐘配開水食用。', 2, 2, 1, 1],
    ['1 płaska łyżeczka (3 g) dziennie rozpuścić w szklance wody.', 1, 1, 1, 1],
    ['Lös 1 brustablett i ett glas vatten per dag.', 1, 1, 1, 1],
    ['Günde 1 ölçeği (5 g) 200 ml suya karıştırarak tüketiniz.', 1, 1, 1, 1],
    // One time of day names the frequency, the afternoon as the morning.
    ['Take with food, one packet in the afternoon (P.M.).', 1, 1, 1, 1],
  ])('"%s": %i–%i units %i–%i times a day, the frequency read', (text, u1, u2, t1, t2) => {
    const d = parseDirections(text)!;
    expect(d.perIntake).toMatchObject({ min: u1, max: u2 });
    expect(d.timesPerDay).toEqual({ min: t1, max: t2 });
    expect(d.frequencyAssumed).toBe(false);
  });
  it('a serving that counts units the reader does not know gives a range of servings a day, not one reading', () => {
    const day = servingsPerDay(parseServingSize('2 zzzkach'), parseDirections('1 capsule twice daily'));
    expect(day).toMatchObject({ min: 1, max: 2 });
    expect(day.warnings.map((w) => w.code)).toContain('serving-units-unread');
    // A weight is no count of units: "50 Gram(s)" and "2 scoops (50g)" once a day stay one serving.
    const grams = servingsPerDay(
      parseServingSize('50 Gram(s)'),
      parseDirections('Mix 2 scoops (50g) with water. Consume one shake per day.'),
    );
    expect(grams.min).toBe(grams.max);
  });
});

describe('Italian spoons and scoops in the singular', () => {
  it.each([
    ["sciogliere 1 cucchiaino raso (2 g) in mezzo bicchiere d'acqua, 1-2 volte al giorno", 'teaspoon', [1, 2]],
    ['1 cucchiaio al giorno', 'tablespoon', [1, 1]],
    ['1 misurino 2 volte al giorno', 'scoop', [2, 2]],
  ])('%s', (text, unit, times) => {
    const d = parseDirections(text);
    expect(d?.perIntake?.unit).toBe(unit);
    expect([d?.timesPerDay.min, d?.timesPerDay.max]).toEqual(times);
  });
});

describe("a day's amount in mg, as a monograph doses it", () => {
  it('"243-486 mg PO daily" and "84-336 mg qDay" are a day\'s range; an age group\'s or a reference intake\'s line is not', () => {
    expect(statedDailyRange('Dose based on elemental magnesium (Mg) 243-486 mg PO daily')).toMatchObject({ min: 243, max: 486 });
    expect(statedDailyRange('Magnesium Deficiency\n84-336 mg qDay')).toMatchObject({ min: 84, max: 336 });
    expect(statedDailyRange('Adults need 310-420 mg per day')).toBeNull();
    expect(statedDailyRange('RDA for women: 310-320 mg/day')).toBeNull();
    expect(statedDailyRange('Take 1 tablet daily')).toBeNull();
  });
});

describe('a number word restated in digits (part T88)', () => {
  it('"one (1) to two (2) times per day" is once or twice a day', () => {
    const d = parseDirections('Add 5g (1 scoop) to 100-200mL of cold water or juice, one (1) to two (2) times per day.');
    expect(d?.perIntake).toMatchObject({ min: 1, max: 1, unit: 'scoop' });
    expect(d?.timesPerDay).toEqual({ min: 1, max: 2 });
  });
  it('"two (2) tablets three (3) times daily" is six a day', () => {
    const d = parseDirections('Take two (2) tablets three (3) times daily.');
    expect(d?.perIntake).toMatchObject({ min: 2, max: 2, unit: 'tablet' });
    expect(d?.timesPerDay).toEqual({ min: 3, max: 3 });
  });
});

describe('dragées and a day named before its count (part T91)', () => {
  it.each([
    ['Adulți și copii peste 6 ani - câte 1 drajeu pe zi.', 1, 1],
    ['1 dražé denně', 1, 1],
    ['1 drażetka dziennie', 1, 1],
    ['1 Dragee täglich', 1, 1],
    ['2 grageas al día', 2, 1],
    ['по 1 драже 3 раза в день', 1, 3],
  ])('"%s" counts dragées as tablets', (text, units, times) => {
    const d = parseDirections(text);
    expect(d?.perIntake).toMatchObject({ min: units, max: units, unit: 'tablet' });
    expect(d?.timesPerDay).toEqual({ min: times, max: times });
  });
  it('"Ngày dùng 2-4 viên, chia 2 lần": 2–4 tablets a day, split in two, the frequency stated', () => {
    const d = parseDirections('Ngày dùng 2-4 viên, chia 2 lần. Trước bữa ăn 30 phút hoặc sau ăn 1 giờ.');
    expect(d?.perIntake).toMatchObject({ min: 2, max: 4, unit: 'tablet' });
    expect(d?.dividedDaily).toBe(true);
    expect(d?.frequencyAssumed).toBe(false);
  });
});

describe('review of the day-first split (part T91)', () => {
  it('"Daily: take 2 capsules, divided with meals" names no count of intakes: no split', () => {
    expect(parseDirections('Daily: take 2 capsules, divided with meals.')?.dividedDaily).toBe(false);
  });
  it('"Twice a day: 2 capsules, divided into 2 doses" states its frequency: two intakes of two', () => {
    const d = parseDirections('Twice a day: 2 capsules, divided into 2 doses.');
    expect(d?.timesPerDay).toEqual({ min: 2, max: 2 });
    expect(d?.dividedDaily).toBe(false);
  });
});

describe('Lithuanian and Latvian directions (part T103)', () => {
  it.each([
    ['gerti po vieną kapsulę du kartus dienoje prieš valgį', 1, 1, 2],
    ['po 2 tabletes tris kartus per dieną', 2, 2, 3],
    ['lietot 1 kapsulu divas reizes dienā', 1, 1, 2],
    ['po vieną tabletę 3 kartus dienoje', 1, 1, 3],
  ])('"%s"', (text, min, max, times) => {
    const d = parseDirections(text);
    expect(d?.perIntake).toMatchObject({ min, max });
    expect(d?.timesPerDay).toEqual({ min: times, max: times });
  });
});

describe('counts of times in a week (review of T103)', () => {
  it.each([
    ['Take 2 capsules 3 times per week.'],
    ['po 2 kapsules 3 kartus per savaitę'],
    ['2 kapsulas 3 reizes nedēļā'],
    ['2 Kapseln 3-mal pro Woche'],
    ['Tomar 2 cápsulas 3 veces semanales'],
    ['po 1 kapsulę kas antrą dieną'],
  ])('"%s" states no count a day: once, and said so', (text) => {
    const d = parseDirections(text);
    expect(d?.timesPerDay).toEqual({ min: 1, max: 1 });
    expect(d?.frequencyAssumed).toBe(true);
  });
  it("a week named beside a count by the day leaves the day's count", () => {
    expect(parseDirections('Take 1 capsule twice daily. Once a week, skip a day.')?.timesPerDay).toEqual({ min: 2, max: 2 });
    expect(parseDirections('1 kapsulė 2 kartus per dieną, 3 kartus per savaitę pertrauka')?.timesPerDay).toEqual({
      min: 2,
      max: 2,
    });
  });
  it('"2 tablets three times daily" keeps its three', () => {
    expect(parseDirections('2 tablets three times daily, 1 week supply')?.timesPerDay).toEqual({ min: 3, max: 3 });
  });
});

describe('how many times a day, as one word or with its number in words, in more languages', () => {
  it.each([
    ['1 tableta dvakrát denně', 2],
    ['1 tableta třikrát denně', 3],
    ['1 tableta dvakrat dnevno', 2],
    ['1 tableta dvaput dnevno', 2],
    ['1 tabletta kétszer naponta', 2],
    ['1 tabletta naponta háromszor', 3],
    ['1 tablet to gange dagligt', 2],
    ['1 ταμπλέτα δύο φορές την ημέρα', 2],
    ['1 ταμπλέτα τρεις φορές την ημέρα', 3],
    ['1 таблетка двічі на день', 2],
    ['günde üç kez 1 tablet', 3],
    ['1 comprimat de trei ori pe zi', 3],
    ['1 comprimat de două ori pe zi', 2],
  ])('"%s" is %i times a day', (text, times) => {
    expect(parseDirections(text)?.timesPerDay).toEqual({ min: times, max: times });
  });
});

describe('parseDirections: after meals or at bedtime', () => {
  it('"1 lozenge 30-60 minutes after meals or prior to bedtime" is up to each meal and bedtime, not once', () => {
    expect(parseDirections('Take one lozenge 30 - 60 minutes after meals or prior to bedtime.')?.timesPerDay).toEqual({
      min: 1,
      max: 4,
    });
  });
  it('"1 tablet at bedtime" stays once', () => {
    expect(parseDirections('Take 1 tablet at bedtime.')?.timesPerDay).toEqual({ min: 1, max: 1 });
  });
});

describe('directions: a question says no dose', () => {
  it.each([
    ['Can I take 2 capsules twice a day? Take 1 capsule daily with a meal.', 1],
    ['¿Puedo tomar 3 cápsulas al día? Tomar 1 cápsula al día.', 1],
  ])('"%s": the answer, not the question, is the dose', (text, units) => {
    const d = parseDirections(text);
    expect(d?.perIntake).toMatchObject({ min: units, max: units });
    expect(d?.timesPerDay).toEqual({ min: 1, max: 1 });
  });
  it('a question read as directions counts nothing a day: "sehari minum berapa kapsul ya?" is no "once a day"', () => {
    expect(parseDirections('Budi S.: Kak, sehari minum berapa kapsul ya?')).toBeNull();
  });
});

describe('directions: an allowance of more units a day after the intake', () => {
  it.each([
    ['Adults: chew 2 gummies before bed. If you need a little extra, you can take up to 4 gummies in 24 hours.', 2, 2],
    ['Take 2 tablets daily, up to 4 tablets a day.', 2, 2],
    ['2 Kapseln täglich, bei Bedarf bis zu 4 Kapseln täglich.', 2, 2],
    ['Take 2 capsules daily. Do not exceed 4 capsules in 24 hours.', 2, 1],
    ['Take up to 3 capsules daily.', 3, 1],
    ['Si consiglia 1 bustina al giorno. In caso di aumentato fabbisogno è possibile arrivare a 2 bustine al giorno.', 1, 2],
    ['Take 1 tablet daily; may be increased to 2 tablets daily.', 1, 2],
    ['Use 1 stick per day for everyday hydration, up to 3 sticks on hot days. Do not exceed 3 sticks per day.', 1, 3],
  ])('"%s": %i a time, up to %i times a day', (text, units, most) => {
    const d = parseDirections(text)!;
    expect(d.perIntake?.max).toBe(units);
    expect(d.timesPerDay).toEqual({ min: 1, max: most });
  });
});

describe('directions: "up to twice daily", and in Hebrew', () => {
  it.each([
    ['Antacid: adults take 1 tablet up to twice daily or as directed by a physician.', 'tablet', 1, 2],
    ['nehmen Sie 1 Tablette bis zu zweimal täglich', 'tablet', 1, 2],
    ['מבוגרים יכולים לשתות 5 מ"ל עד 3 פעמים ביום, מהול בכוס מים', 'ml', 1, 3],
  ])('"%s": %s, %i to %i times a day', (text, unit, min, max) => {
    const d = parseDirections(text)!;
    expect(d.perIntake?.unit).toBe(unit);
    expect(d.timesPerDay).toEqual({ min, max });
  });
  it('"twice daily" alone is twice', () => {
    expect(parseDirections('take 1 tablet twice daily')!.timesPerDay).toEqual({ min: 2, max: 2 });
  });
  it('an Arabic question, with its own question mark, says no dose', () => {
    // "Can I take 3 tablets a day? Take 1 tablet a day.", as the Arabic reader puts it in English words.
    const d = parseDirections(arabicAsParserWords('هل يمكن تناول 3 حبات يومياً؟ تناول 1 حبة يومياً.'))!;
    expect(d.perIntake).toMatchObject({ min: 1, max: 1 });
  });
});

describe('directions: a schedule beside a sentence that counts nothing, and uses in Czech', () => {
  it('"Take 1 capsule in the morning and 2 capsules about 1 hour before bedtime. For best results, take consistently for at least 6 weeks." is 3 a day', () => {
    const d = parseDirections(
      'Take 1 capsule in the morning and 2 capsules about 1 hour before bedtime. For best results, take consistently for at least 6 weeks.',
    )!;
    expect(d.perIntake).toMatchObject({ min: 3, max: 3, unit: 'capsule' });
    expect(d.timesPerDay).toEqual({ min: 1, max: 1 });
  });
  it('"k léčbě … 2 tablety 3krát denně; k prevenci 1 tableta 3krát denně": either use, 3 to 6 tablets a day', () => {
    const d = parseDirections('Dospělí: k léčbě nedostatku hořčíku 2 tablety 3krát denně; k prevenci 1 tableta 3krát denně.')!;
    expect(d.perIntake!.max * d.timesPerDay.max).toBe(6);
    expect(d.perIntake!.max * d.timesPerDay.min).toBe(3);
  });
});

describe("directions: moments in brackets after a day's count share it out", () => {
  it.each([
    ["Volwassenen: 2 ampullen per dag ('s ochtends en 's avonds)", 2, 'ampoule'],
    ['Adults: 2 ampoules per day (morning and evening).', 2, 'ampoule'],
  ])('"%s" is %i a day, not twice that', (text, units, unit) => {
    const d = parseDirections(text)!;
    expect(d.perIntake).toMatchObject({ min: units, max: units, unit });
    expect(d.timesPerDay).toEqual({ min: 1, max: 1 });
  });
  it('"1 capsule twice daily (morning and evening)" stays twice a day', () => {
    expect(parseDirections('1 capsule twice daily (morning and evening)')!.timesPerDay).toEqual({ min: 2, max: 2 });
  });
  it('"Ta 1–3 doser per dag": a Swedish dose is a serving', () => {
    expect(parseDirections('Ta 1–3 doser per dag i samband med träning.')!.perIntake).toMatchObject({
      min: 1,
      max: 3,
      unit: 'serving',
    });
  });
});

describe('directions: a serving taken in halves is still one serving a day (round 20)', () => {
  it.each([
    "1 dosette rase par jour, dans 150 ml d'eau. Peut être fractionnée en deux demi-dosettes (matin et soir).",
    'Take 1 scoop daily. May be split into two half scoops (morning and evening).',
  ])('%s', (text) => {
    const d = parseDirections(text)!;
    expect(d.perIntake).toMatchObject({ min: 1, max: 1, unit: 'scoop' });
    expect(d.timesPerDay).toEqual({ min: 1, max: 1 });
  });
  it('"Pour 1 dosette (2,2 g)": a French measuring scoop is a serving\'s unit', () => {
    expect(parseServingSize('1 dosette (2,2 g)')?.units).toMatchObject({ min: 1, max: 1, unit: 'scoop' });
  });
});

describe('directions of round 20', () => {
  it.each([
    '3 Kapseln täglich, über den Tag verteilt: jeweils 1 Kapsel morgens, mittags und abends.',
    'Take 3 capsules daily, spread over the day: 1 capsule each at breakfast, lunch and dinner.',
  ])('%s: the day named after its count, then one each time', (text) => {
    const d = parseDirections(text)!;
    expect(d.perIntake).toMatchObject({ min: 1, max: 1, unit: 'capsule' });
    expect(d.timesPerDay).toEqual({ min: 3, max: 3 });
  });
  it('"Adultos: masticar 2 gomitas al día": a Mexican gummy is a gummy', () => {
    expect(
      parseDirections('Adultos: masticar 2 gomitas al día. Niños de 4 a 12 años: 1 gomita al día.')!.perIntake,
    ).toMatchObject({ min: 2, max: 2, unit: 'gummy' });
  });
  it('"Un adulte doit superviser la prise" under children\'s groups names no adults\' dose: the day spans the groups', () => {
    const d = parseDirections(
      'Enfants de 4 à 8 ans : croquer 1 comprimé une fois par jour. Enfants de 9 à 13 ans : croquer 1 comprimé deux fois par jour. Un adulte doit superviser la prise.',
    )!;
    expect(d.timesPerDay).toEqual({ min: 1, max: 2 });
  });
});

describe('a serving size printed for children and adults (round 20)', () => {
  it.each([
    ['Children 4-11: 1 Gummy / Adults & Children 12+: 3 Gummies', 3],
    ['Adults: 2 gummies; Children: 1 gummy', 2],
    ['2 Gummies (adults), 1 gummy (children)', 2],
  ])("%s: the adults' count", (text, count) => {
    expect(parseServingSize(text).units).toMatchObject({ min: count, max: count, unit: 'gummy' });
  });
});

describe('directions: a larger dose for heavy sweating (round 21)', () => {
  it.each([
    "Sciogliere 1 bustina al giorno in un bicchiere d'acqua. In caso di intensa sudorazione o attività sportiva prolungata si possono assumere 2 bustine al giorno.",
    'Dissolve 1 sachet a day in water. In case of heavy sweating, 2 sachets a day may be taken.',
  ])('%s: 1–2 a day', (text) => {
    const d = parseDirections(text)!;
    expect(d.perIntake?.min).toBe(1);
    expect(d.perIntake!.max * d.timesPerDay.max).toBe(2);
  });
});

describe("directions: children's groups by a range of ages (round 21)", () => {
  it('"Children 4 to 8 years … Children 9 to 13 years …" spans the groups, and "Not intended for children under 4" doses no one', () => {
    const d = parseDirections(
      'Children 4 to 8 years: chew 1 gummy daily. Children 9 to 13 years: chew 2 gummies daily, one in the morning and one in the evening. Chew thoroughly before swallowing. Not intended for children under 4 years of age.',
    )!;
    expect(d.perIntake).toMatchObject({ min: 1, max: 2, unit: 'gummy' });
    expect(d.timesPerDay).toEqual({ min: 1, max: 1 });
  });
});

describe('directions of round 21', () => {
  it('"sekali atau dua kali sehari" (Malay): once or twice a day', () => {
    expect(parseDirections('Dewasa: 1 kaplet, sekali atau dua kali sehari selepas makan.')!.timesPerDay).toEqual({
      min: 1,
      max: 2,
    });
  });
  it('"2 gumena bombona" (Croatian gummy sweets) counts gummies', () => {
    expect(parseServingSize('2 gumena bombona').units).toMatchObject({ min: 2, max: 2, unit: 'gummy' });
  });
});

describe('directions: a first week, then a lower dose (round 21)', () => {
  it.each([
    'Pokud lékař neurčí jinak, užívají dospělí: – první týden: 2 tablety 3krát denně; – poté: 1 tabletu 2–3krát denně.',
    'First week: 2 tablets 3 times daily; thereafter: 1 tablet 2-3 times daily.',
  ])('%s: the day spans 2 to 6 tablets', (text) => {
    const d = parseDirections(text)!;
    expect(d.perIntake!.min * d.timesPerDay.min).toBe(2);
    expect(d.perIntake!.max * d.timesPerDay.max).toBe(6);
  });
});

describe("directions: adults named in someone else's advice (round 22)", () => {
  it('"Die DGE nennt für Erwachsene einen Schätzwert …" is no adults\' dose', () => {
    const d = parseDirections(
      'Zweimal täglich 1 gestrichenen Messlöffel in 200 ml Wasser einrühren. Die Deutsche Gesellschaft für Ernährung nennt für Erwachsene einen Schätzwert von 300 bis 350 mg Magnesium am Tag. Das Bundesinstitut für Risikobewertung empfiehlt, diese Menge auf mindestens zwei Portionen zu verteilen.',
    )!;
    expect(d.perIntake).toMatchObject({ min: 1, max: 1, unit: 'scoop' });
    expect(d.timesPerDay).toEqual({ min: 2, max: 2 });
  });
});

describe("directions: a group the product is not for, after the children's groups (round 22)", () => {
  it('"Ne convient pas aux enfants de moins de 4 ans" doses no group: the day spans the two', () => {
    const d = parseDirections(
      'Enfants de 4 à 8 ans : 1 comprimé par jour. Enfants de 9 à 12 ans : 2 comprimés par jour, un au petit-déjeuner et un au goûter. Ne convient pas aux enfants de moins de 4 ans (risque de fausse route).',
    )!;
    expect(d.perIntake).toMatchObject({ min: 1, max: 2, unit: 'tablet' });
  });
});

describe("directions: the usual deferral at a sentence's end (round 23)", () => {
  it('"… and 2 capsules an hour before bed, or as directed by your healthcare professional": 3 capsules a day', () => {
    const d = parseDirections(
      'Take 1 capsule in the morning and 2 capsules an hour before bed, or as directed by your healthcare professional.',
    )!;
    expect(d.perIntake!.max * d.timesPerDay.max).toBe(3);
  });
});

/** The units a day that directions read to: intake times times a day, least and most. */
const day = (text: string) => {
  const d = parseDirections(text);
  return d && [d.perIntake!.min * d.timesPerDay.min, d.perIntake!.max * d.timesPerDay.max];
};

describe("directions: round 23's phrasings (stop 59)", () => {
  it('"první týden 2 tablety 3x denně, dále 1 tabletu 2–3x denně": the first week, then the rest', () => {
    expect(day('Pokud lékař neurčí jinak, užívají dospělí první týden 2 tablety 3x denně, dále 1 tabletu 2–3x denně.')).toEqual([
      2, 6,
    ]);
  });
  it('"3 comprimés par jour pendant les 10 premiers jours, puis revenir à 2": its own sentence, not the usual dose before it', () => {
    expect(
      day(
        '2 comprimés par jour, en deux prises (1 comprimé le matin et 1 comprimé le soir). En début de cure, vous pouvez prendre 3 comprimés par jour pendant les 10 premiers jours, puis revenir à 2 comprimés par jour.',
      ),
    ).toEqual([2, 3]);
  });
  it('an adults\' heading that names more adults ("Adultos, mujeres embarazadas …:") names no other group', () => {
    expect(
      day('Adultos, mujeres embarazadas y en período de lactancia: 1 cápsula antes del desayuno y 1 cápsula antes del almuerzo.'),
    ).toEqual([2, 2]);
    expect(day('Adults and teens: 2 capsules twice daily. Children: 1 capsule daily.')).toEqual([4, 4]);
  });
  it('"1 cáps. antes del almuerzo": a unit\'s abbreviation ends no sentence', () => {
    expect(day('Adultos: 1 cápsula antes del desayuno y 1 cáps. antes del almuerzo.')).toEqual([2, 2]);
  });
  it('Nordic adults ("Voksne:", "Aikuiset:") are the adults\' part beside the children\'s', () => {
    expect(day('Voksne: 2 tabletter daglig. Barn 6–12 år: 1 tablett daglig.')).toEqual([2, 2]);
    expect(day('Barn 6–12 år: 1 tablett daglig. Voksne: 2 tabletter daglig.')).toEqual([2, 2]);
  });
});

describe("directions: round 24's phrasings (stop 59)", () => {
  it.each([
    ['1 tablet morgen og 1 tablet aften.', [2, 2]],
    ["gedurende de eerste 2 weken 's morgens en 's avonds 1 tablet (opstartfase), daarna 1 tablet per dag (onderhoud).", [1, 2]],
    [
      'Neem 1 capsule bij het ontbijt en 2 capsules voor het slapengaan. Niet geschikt voor kinderen, zwangere of borstvoedende vrouwen.',
      [3, 3],
    ],
    ['As a dietary supplement, men take 3 capsules and women take 2 capsules daily.', [2, 3]],
    ['גברים: 3 כמוסות ביום. נשים: 2 כמוסות ביום.', [2, 3]],
    ['Mænd: 3 kapsler dagligt. Kvinder: 2 kapsler dagligt.', [2, 3]],
    [
      '3–6-vuotiaat: 1 purutabletti päivässä. 7–12-vuotiaat: 1 purutabletti kahdesti päivässä. Saantisuositus on 2–5-vuotiaille 120 mg, 6–9-vuotiaille 200 mg.',
      [1, 2],
    ],
    ['Rør ut ½–1 måleskje i 2 dl vann og drikk om kvelden.', [0.5, 1]],
    ['Adults: 2 level teaspoons (1 serving) daily. May be taken all at once or split morning and evening.', [2, 2]],
    [
      'Take once or twice a day – many customers split it, one in the morning and one in the evening. 1 level teaspoon each time.',
      [1, 2],
    ],
    [
      'Adults: 1 level scoop once daily. For muscle cramps: adults may take 1 level scoop twice daily for up to 14 days, then return to 1 level scoop once daily.',
      [1, 2],
    ],
    ['成人: 每日1至2次，每次1片，隨餐服用。', [1, 2]],
    ['1 αναβράζον δισκίο την ημέρα, διαλυμένο σε ένα ποτήρι νερό.', [1, 1]],
    ['Børn 3-10 år: 1 vingummi dagligt. Børn over 10 år og voksne: 2 vingummier dagligt.', [2, 2]],
    ['Voksne: 1 tablett daglig. Ved økt behov kan dosen økes til 2 tabletter daglig, fordelt på morgen og kveld.', [1, 2]],
    [
      'Dospelí: 1 šumivá tableta denne; pri zvýšenej fyzickej záťaži 2 tablety denne. Deti od 6 do 12 rokov: ½ tablety denne.',
      [1, 2],
    ],
    ['하루 1~2회, 2정을 식사와 함께 섭취하십시오.', [2, 4]],
    ['Aufsättigung während der ersten 14 Tage: 2-mal täglich 1 Beutel; – danach zur Erhaltung: 1-mal täglich 1 Beutel;', [1, 2]],
    ['Adulti: 1 compressa 2 volte al giorno. In caso di fabbisogno aumentato: 1 compressa 3 volte al giorno.', [2, 3]],
    ['Adultes : Prendre 1 cuillère à soupe 1 à 2 fois par jour.', [1, 2]],
    ["Ajouter 1 mesure de poudre à ½ tasse d'eau. Prendre une fois par jour.", [1, 1]],
  ])('"%s" is %j units a day', (text, want) => {
    expect(day(text)).toEqual(want);
  });
  it('"tabletter – 100 stk." counts a pack with a dash before its count', () => {
    expect(namesPack('Magnesia "Nordfarm" 500 mg filmovertrukne tabletter – 100 stk.')).toBe(true);
  });
});

describe("directions: the day's count, then one unit at each moment (round 32)", () => {
  it.each([
    ['Täglich 2 Kapseln – 1 Kapsel morgens und 1 Kapsel abends – unzerkaut verzehren.', 'capsule', 2],
    ['2 capsules daily: 1 in the morning and 1 in the evening.', 'capsule', 2],
    ['3 Tabletten täglich: 1 morgens, 1 mittags, 1 abends.', 'tablet', 3],
  ])('"%s" is one %s, %i times a day', (text, unit, times) => {
    const d = parseDirections(text)!;
    expect(d.perIntake).toMatchObject({ min: 1, max: 1, unit });
    expect(d.timesPerDay).toEqual({ min: times, max: times });
  });
  it.each([
    // The ones do not add up to the day's count, or name no moment.
    '2 Tabletten täglich: 1 morgens, 1 mittags, 1 abends.',
    'Take 2 capsules daily - 1 capsule with water.',
  ])('"%s" keeps its count of two at once', (text) => {
    expect(parseDirections(text)!.perIntake).toMatchObject({ min: 2, max: 2 });
  });
});

describe("directions that may be raised, in Dutch and in a shop's own words (round 32)", () => {
  it('"1 scoop … On harder nights you can take up to 2 scoops" runs from 1 to 2 scoops a day', () => {
    const d = parseDirections('Stir 1 scoop into warm water an hour before bed. On harder nights you can take up to 2 scoops.');
    expect(d?.perIntake).toMatchObject({ min: 1, max: 1, unit: 'scoop' });
    expect(d?.timesPerDay).toEqual({ min: 1, max: 2 });
  });
  it('"1 tablet per dag … kan dit worden verhoogd naar 2 tabletten per dag" runs from 1 to 2 tablets a day', () => {
    const d = parseDirections(
      'Volwassenen: 1 tablet per dag bij de maaltijd. Indien nodig kan dit worden verhoogd naar 2 tabletten per dag, verspreid over de dag.',
    );
    expect(d?.perIntake).toMatchObject({ min: 1, max: 1, unit: 'tablet' });
    expect(d?.timesPerDay).toEqual({ min: 1, max: 2 });
  });
});

describe('a loading week in Russian, and Croatian sachets (round 32)', () => {
  it('"в течение первой недели по 2 таблетки 3 раза в день, затем по 1 таблетке 2–3 раза в день" spans both phases', () => {
    const d = parseDirections('в течение первой недели по 2 таблетки 3 раза в день, затем по 1 таблетке 2–3 раза в день.')!;
    expect(servingsPerDay(parseServingSize('1 таблетка'), d)).toMatchObject({ min: 2, max: 6 });
  });
  it('"u 1 vrećici" counts a sachet', () => {
    expect(unitKind('vrecici')).toBe('packet');
  });
});

describe('Lithuanian "per parą" and "padalijus į 2–3 kartus" (round 32 review)', () => {
  it('"6–8 tabletės per parą, padalijus į 2–3 kartus" is a day\'s count shared out', () => {
    const d = parseDirections('Suaugusiesiems: 6–8 tabletės per parą, padalijus į 2–3 kartus, valgio metu.')!;
    expect(d).toMatchObject({ perIntake: { min: 6, max: 8 }, dividedDaily: true, frequencyAssumed: false });
  });
});

describe("a day's count shared over morning and evening, in German and French (round 33)", () => {
  it.each(['2 Messlöffel täglich, auf morgens und abends verteilt.', '2 gélules par jour, réparties matin et soir.'])(
    '"%s" is two a day, not four',
    (text) => {
      const d = parseDirections(text)!;
      expect(d).toMatchObject({ perIntake: { min: 2, max: 2 }, dividedDaily: true });
    },
  );
});

describe("a Turkish unit with the copula's ending (round 39)", () => {
  it('"önerilen günlük doz 1–2 saşedir" is one or two sachets a day', () => {
    const d = parseDirections('Yetişkinler ve adölesanlar (12–17 yaş) için önerilen günlük doz 1–2 saşedir.')!;
    expect(d.perIntake).toMatchObject({ min: 1, max: 2, unit: 'packet' });
  });
  it('"saşedir" is a sachet; a word that only ends so is no unit', () => {
    expect(unitKind('saşedir')).toBe('packet');
    expect(unitKind('vatandir')).toBeNull();
  });
});

describe('a dose for sleep beside the usual one, and a German range whose space is lost (round 39)', () => {
  it('"take one (1) capsule daily … For occasional sleeplessness, take two (2) capsules" is one or two a day', () => {
    const d = parseDirections(
      'As a dietary supplement, take one (1) capsule daily with a meal. For occasional sleeplessness, take two (2) capsules 30 minutes before bedtime.',
    )!;
    expect(d.perIntake).toMatchObject({ min: 1, max: 1 });
    expect(d.timesPerDay).toEqual({ min: 1, max: 2 });
  });
  it('"Take 2 capsules before bed for sleep" is one dose, no second', () => {
    expect(parseDirections('Take 2 capsules before bed for sleep.')!.timesPerDay).toEqual({ min: 1, max: 1 });
  });
  it('"1-bis 3-mal täglich 1 Brausetablette" is one to three times a day', () => {
    expect(parseDirections('Erwachsene: 1-bis 3-mal täglich 1 Brausetablette')!.timesPerDay).toEqual({ min: 1, max: 3 });
  });
});

describe('directions read from round 40', () => {
  it('"Take 1 capsule in the morning and 2 capsules 1–2 hours before bed. 90 capsules = 30 days." is three a day', () => {
    const d = parseDirections('Take 1 capsule in the morning and 2 capsules 1–2 hours before bed. 90 capsules = 30 days.')!;
    expect(d.perIntake!.min * d.timesPerDay.min).toBe(3);
    expect(d.perIntake!.max * d.timesPerDay.max).toBe(3);
  });
  it('a pack\'s size "12 x 8 x 1.2 cm" after the directions is no "twice"', () => {
    expect(parseDirections('1日4粒を目安に. 梱包サイズ : 12 x 8 x 1.2 cm; 40 g')!.timesPerDay).toEqual({ min: 1, max: 1 });
  });
  it('"… once daily. The dose may be increased to one level scoop twice daily": one to two a day', () => {
    const d = parseDirections(
      'Dissolve one level scoop (5 g) in 200 ml of water and drink once daily. The dose may be increased to one level scoop twice daily.',
    )!;
    expect(d.perIntake).toMatchObject({ min: 1, max: 1, unit: 'scoop' });
    expect(d.timesPerDay).toEqual({ min: 1, max: 2 });
  });
  it('"1 Capsule(s) 2 time(s) per day", the Canadian licence\'s wording, is twice a day', () => {
    const d = parseDirections('Adults: 1 Capsule(s) 2 time(s) per day. Take with food.')!;
    expect(d.perIntake).toMatchObject({ min: 1, max: 1, unit: 'capsule' });
    expect(d.timesPerDay).toEqual({ min: 2, max: 2 });
  });
  it('"2 tabletki 2 do 3 razy na dobę", "2 till 3 gånger": the range joined by the language\'s "to"', () => {
    expect(parseDirections('2 tabletki 2 do 3 razy na dobę.')!.timesPerDay).toEqual({ min: 2, max: 3 });
    expect(parseDirections('1 tablett 2 till 3 gånger dagligen')!.timesPerDay).toEqual({ min: 2, max: 3 });
  });
  it('a Turkish loading dose ("ilk 3 gününde … daha sonra"); "de medio cacito (2,5 g) a 1 cacito"; "1 Capsule … 2 beses sa isang araw"', () => {
    expect(
      parseDirections(
        'Tedavinin ilk 3 gününde yükleme dozu olarak günde 3 kez 1 efervesan tablet, daha sonra günde 2 kez 1 efervesan tablet kullanılır.',
      )!.timesPerDay,
    ).toEqual({ min: 2, max: 3 });
    expect(parseDirections('Tomar de medio cacito (2,5 g) a 1 cacito dosificador (5 g) al día.')!.perIntake).toMatchObject({
      min: 0.5,
      max: 1,
      unit: 'scoop',
    });
    expect(parseDirections('Take half a scoop to 1 scoop daily.')!.perIntake).toMatchObject({ min: 0.5, max: 1 });
    expect(parseDirections('Uminom ng 1 kapsula, 2 beses sa isang araw.')!.timesPerDay).toEqual({ min: 2, max: 2 });
    expect(parseDirections('Take 1 capsule with breakfast, lunch and dinner.')!.timesPerDay).toEqual({ min: 3, max: 3 });
    expect(parseDirections('Take 1 tablet at breakfast, lunch and dinner.')).toMatchObject({
      timesPerDay: { min: 3, max: 3 },
      frequencyAssumed: false,
    });
  });
  it('"Bei ausgeprägtem Magnesiummangel 2-mal täglich 1 Beutel": a higher need\'s second intake', () => {
    const d = parseDirections('1-mal täglich 1 Beutel. Bei ausgeprägtem Magnesiummangel 2-mal täglich 1 Beutel.')!;
    expect(d.timesPerDay).toEqual({ min: 1, max: 2 });
  });
  it('"1日小さじ1/2（2.5mL）", "1日2.5mL": a day\'s measure of a liquid is taken once a day, said so', () => {
    for (const text of ['1日小さじ1/2（2.5mL）を目安に、水に薄めてお召し上がりください。', '1日2.5mLを目安に']) {
      const d = parseDirections(text)!;
      expect(d.perIntake).toMatchObject({ min: 2.5, max: 2.5, unit: 'ml' });
      expect(d.frequencyAssumed).toBe(false);
    }
    expect(parseDirections('1日あたり300mg')?.frequencyAssumed ?? true).toBe(true);
    expect(parseDirections('Take 1 capsule 2x daily.')!.timesPerDay).toEqual({ min: 2, max: 2 });
  });
  it('"Durante las 2 primeras semanas …: 3 comprimidos al día … A continuación: 2 comprimidos al día" is two to three a day', () => {
    const d = parseDirections(
      'Durante las 2 primeras semanas de tratamiento: 3 comprimidos al día, repartidos en las tres comidas principales. A continuación: 2 comprimidos al día (uno en el desayuno y otro en la cena).',
    )!;
    expect(d.perIntake!.max * d.timesPerDay.min).toBe(2);
    expect(d.perIntake!.max * d.timesPerDay.max).toBe(3);
  });
  it('"Neem dagelijks 2 capsules … Begin de eerste week met 1 capsule per dag" runs from one to two a day', () => {
    const d = parseDirections(
      "Neem dagelijks 2 capsules met een glas water, bij voorkeur 's avonds. Nieuw met magnesium? Begin de eerste week met 1 capsule per dag.",
    )!;
    expect(d.perIntake).toMatchObject({ min: 1, max: 1 });
    expect(d.timesPerDay).toEqual({ min: 1, max: 2 });
  });
});

describe('Turkish "2 veya 3 kez" (round 41)', () => {
  it('"Günde 2 veya 3 kez 2 ölçek" is two or three times a day', () => {
    expect(parseDirections('Yetişkinlerde: Günde 2 veya 3 kez 2 ölçek (10 ml) kullanılır.')!.timesPerDay).toEqual({
      min: 2,
      max: 3,
    });
  });
});

describe('Slovak sachets and "1-krát alebo 2-krát" (round 42)', () => {
  it('"1 vrecúško … 1-krát alebo 2-krát denne" is a sachet once or twice a day', () => {
    const d = parseDirections('Dospelí a dospievajúci: 1 vrecúško rozpustené v 200 ml vody 1-krát alebo 2-krát denne.')!;
    expect(d.perIntake).toMatchObject({ min: 1, max: 1, unit: 'packet' });
    expect(d.timesPerDay).toEqual({ min: 1, max: 2 });
  });
  it('"1x or 2x daily" is once or twice', () => {
    expect(parseDirections('Take 1 tablet 1x or 2x daily.')!.timesPerDay).toEqual({ min: 1, max: 2 });
  });
});

describe('half a unit after an article (round 63)', () => {
  it('"een halve maatschep", "eine halbe Tablette", "a half scoop" are half a unit; "Halve the dose" counts nothing', () => {
    expect(parseDirections('Neem dagelijks een halve maatschep.')?.perIntake).toMatchObject({
      min: 0.5,
      max: 0.5,
      unit: 'scoop',
    });
    expect(parseDirections('Nehmen Sie eine halbe Tablette täglich.')?.perIntake).toMatchObject({ min: 0.5, max: 0.5 });
    expect(parseDirections('Take a half scoop daily.')?.perIntake).toMatchObject({ min: 0.5, max: 0.5 });
    expect(parseDirections('Ta en halv måttsked dagligen.')?.perIntake).toMatchObject({ min: 0.5, max: 0.5 });
    expect(parseDirections('Halve the dose if stools loosen. Take 2 capsules daily.')?.perIntake).toMatchObject({
      min: 2,
      max: 2,
    });
  });
});

describe('the directions for one age band, where they dose by age', () => {
  const kids =
    'Children 4-8 years: chew 1 gummy daily. Children 9 years and over and adults: chew 2 gummies daily. Not suitable for children under 4 years.';
  const read = (text: string, min: number, max: number): { units?: number; said?: string; notFor?: string } | null => {
    const r = directionsForAges(text, { min, max });
    return r && 'directions' in r ? { units: r.directions.perIntake?.max, said: r.said } : r;
  };
  it("each band's own group, quoted as the page prints it", () => {
    expect(read(kids, 4, 8)).toEqual({ units: 1, said: 'Children 4-8 years: chew 1 gummy daily' });
    expect(read(kids, 9, 13)).toEqual({ units: 2, said: 'Children 9 years and over and adults: chew 2 gummies daily' });
    expect(read(kids, 14, 18)?.units).toBe(2);
  });
  it('a band the label keeps the product from: the group that says so', () => {
    expect(read(kids, 1, 3)).toEqual({ notFor: 'Not suitable for children under 4 years' });
  });
  it('a band across two groups spans both ("von 4 bis 6" and "von 7 bis 14" for ages 4–8)', () => {
    const r = directionsForAges(
      'Erwachsene und Jugendliche ab 15 Jahren: täglich 1 Messlöffel. Kinder von 7 bis 14 Jahren: täglich ½ Messlöffel. Kinder von 4 bis 6 Jahren: täglich ¼ Messlöffel.',
      { min: 4, max: 8 },
    );
    expect(r && 'directions' in r && r.directions.perIntake).toMatchObject({ min: 0.25, max: 0.5, unit: 'scoop' });
  });
  it('no dose for some of the years ("Enfant de plus de 6 ans" for ages 4–8), one group, or none: null', () => {
    const fr = 'Adulte : 3 ampoules par jour. Enfant de plus de 6 ans : 2 à 4 ampoules par jour.';
    expect(read(fr, 4, 8)).toBeNull();
    expect(read(fr, 9, 13)?.units).toBe(4);
    expect(read('Adults: take 2 capsules daily.', 4, 8)).toBeNull();
    expect(read('Take 2 capsules daily.', 9, 13)).toBeNull();
  });
});

describe("a pack's count is no intake (round 78)", () => {
  it('twenty capsules or tablets or more with no frequency are the pack', () => {
    expect(parseDirections('MAGNOVA B6, 50 film tablet içeren blister ambalajlarda sunulur.')).toBeNull();
    expect(parseDirections('Supplied in blister packs of 30 tablets.')).toBeNull();
    // (A count a day, or a liquid's measure, stays.)
    expect(parseDirections('Take 2 tablets.')?.perIntake?.max).toBe(2);
    expect(parseDirections('20 drops.')?.perIntake?.max).toBe(20);
  });
  it('"în 2-3 prize", "в 2-3 приема": a day divided into intakes (Romanian, Russian)', () => {
    expect(parseDirections('Adulţi: 2-3 fiole pe zi, în 2-3 prize.')?.dividedDaily).toBe(true);
    expect(parseDirections('Взрослым: 6-8 таблеток в сутки, в 2-3 приема.')?.dividedDaily).toBe(true);
  });
});

describe('Chinese scoops and halves (stop 76)', () => {
  it('"成人每日半匙至1平匙" is half a scoop to one scoop a day', () => {
    expect(parseDirections('成人每日半匙至1平匙，溶於200ml水或飲品中飲用。')?.perIntake).toMatchObject({
      min: 0.5,
      max: 1,
      unit: 'scoop',
    });
  });
});
