/**
 * English event-coding cases: one or two news sentences each, with the events a careful human
 * coder would list. Sources and targets are the actors' own countries (ISO 3166-1 alpha-3);
 * types are PLOVER as the CAMEO→PLOVER crosswalk gives them (appeals are REQUEST, signing an
 * agreement is SUPPORT, stated intent is AGREE, sanctions and embargoes are COERCE). See README.md.
 */

export interface EventCase {
  /** The sentence, one or two sentences of news English. */
  text: string
  /** Publication date the sentence is read against. */
  published: string
  /** Expected events in order of their trigger; [] when the sentence states no event. */
  events: {
    source: string
    target: string | null
    plover: string
    negated?: boolean
    hypothetical?: boolean
  }[]
  /** What the row tests, e.g. 'passive', 'negation', 'coordination', 'nested speech', 'pronoun', 'title'. */
  note: string
}

export const EN_EVENT_CASES: EventCase[] = [
  // ── plain: one actor acts on another in the active voice ──────────────────────────────────
  // CONSULT
  {
    text: 'Marco Rubio visited Panama on Sunday on his first trip abroad as secretary of state.',
    published: '2025-02-03',
    events: [{ source: 'USA', target: 'PAN', plover: 'CONSULT' }],
    note: 'plain',
  },
  {
    text: 'Claudia Sheinbaum spoke by phone with Donald Trump on Monday about trade and migration.',
    published: '2025-03-04',
    events: [{ source: 'MEX', target: 'USA', plover: 'CONSULT' }],
    note: 'plain',
  },
  {
    text: 'Emmanuel Macron hosted Volodymyr Zelensky at the Élysée Palace on Wednesday.',
    published: '2025-05-29',
    events: [{ source: 'FRA', target: 'UKR', plover: 'CONSULT' }],
    note: 'plain',
  },
  {
    text: 'Iran negotiated with the United States in Oman on Saturday.',
    published: '2025-04-13',
    events: [{ source: 'IRN', target: 'USA', plover: 'CONSULT' }],
    note: 'plain',
  },
  {
    text: 'Narendra Modi met Xi Jinping on the sidelines of a regional summit in Tianjin.',
    published: '2025-08-31',
    events: [{ source: 'IND', target: 'CHN', plover: 'CONSULT' }],
    note: 'plain',
  },
  // SUPPORT
  {
    text: 'Javier Milei praised Israel during a speech in Jerusalem on Wednesday.',
    published: '2025-06-11',
    events: [{ source: 'ARG', target: 'ISR', plover: 'SUPPORT' }],
    note: 'plain',
  },
  {
    text: 'Xi Jinping congratulated Lee Jae-myung on his election victory.',
    published: '2025-06-05',
    events: [{ source: 'CHN', target: 'KOR', plover: 'SUPPORT' }],
    note: 'plain',
  },
  {
    text: 'Spain formally recognized a Palestinian state on Tuesday.',
    published: '2024-05-28',
    events: [{ source: 'ESP', target: 'PSE', plover: 'SUPPORT' }],
    note: 'plain',
  },
  {
    text: 'Ecuador signed a security agreement with the United States on Thursday.',
    published: '2025-03-07',
    events: [{ source: 'ECU', target: 'USA', plover: 'SUPPORT' }],
    note: 'plain',
  },
  {
    text: 'Secretary of State Marco Rubio visited Santo Domingo on Thursday to discuss Haiti.',
    published: '2025-02-07',
    events: [{ source: 'USA', target: 'DOM', plover: 'CONSULT' }],
    note: 'title',
  },
  {
    text: 'Minister of Foreign Affairs Mauro Vieira met his Paraguayan counterpart in Brasília.',
    published: '2025-04-10',
    events: [{ source: 'BRA', target: 'PRY', plover: 'CONSULT' }],
    note: 'title',
  },
  {
    text: 'Canada, which has long criticised the Venezuelan government, praised Guyana for its restraint.',
    published: '2025-04-10',
    events: [
      { source: 'CAN', target: 'VEN', plover: 'ACCUSE' },
      { source: 'CAN', target: 'GUY', plover: 'SUPPORT' },
    ],
    note: 'two clauses',
  },
  {
    text: 'The governments of Ecuador and Peru signed a border accord in Quito on Friday.',
    published: '2025-04-12',
    events: [{ source: 'ECU', target: 'PER', plover: 'SUPPORT' }],
    note: 'coordination',
  },
  {
    text: 'China praised Nicaragua on Monday. It accused Taiwan of buying allies in the region.',
    published: '2025-04-10',
    events: [
      { source: 'CHN', target: 'NIC', plover: 'SUPPORT' },
      { source: 'CHN', target: 'TWN', plover: 'ACCUSE' },
    ],
    note: 'pronoun',
  },
  {
    text: 'The airline thanked Mexico on Monday. It accused Canada of delaying its routes.',
    published: '2025-04-10',
    events: [],
    note: 'no event',
  },
  {
    text: 'Honduras signed a security pact with the United States under which it promised to extradite drug traffickers.',
    published: '2025-03-07',
    events: [{ source: 'HND', target: 'USA', plover: 'SUPPORT' }],
    note: 'agreement terms',
  },
  {
    text: 'Panama signed a migration accord with Colombia whereby it pledged to share passenger lists, and later criticised Costa Rica.',
    published: '2025-03-07',
    events: [
      { source: 'PAN', target: 'COL', plover: 'SUPPORT' },
      { source: 'PAN', target: 'CRI', plover: 'ACCUSE' },
    ],
    note: 'agreement terms',
  },
  {
    text: 'Volodymyr Zelensky thanked Germany for its military support.',
    published: '2025-05-28',
    events: [{ source: 'UKR', target: 'DEU', plover: 'SUPPORT' }],
    note: 'plain',
  },
  // AGREE
  {
    text: 'Japan pledged to invest $550 billion in the United States under the new trade deal.',
    published: '2025-07-23',
    events: [{ source: 'JPN', target: 'USA', plover: 'AGREE' }],
    note: 'plain',
  },
  {
    text: 'China promised to buy more soybeans from the United States.',
    published: '2025-10-30',
    events: [{ source: 'CHN', target: 'USA', plover: 'AGREE' }],
    note: 'plain',
  },
  {
    text: 'Guatemala agreed to take in more deported migrants from the United States.',
    published: '2025-02-06',
    events: [{ source: 'GTM', target: 'USA', plover: 'AGREE' }],
    note: 'plain',
  },
  {
    text: 'Vladimir Putin agreed to a 30-day pause in strikes on Ukraine.',
    published: '2025-03-19',
    events: [{ source: 'RUS', target: 'UKR', plover: 'AGREE' }],
    note: 'plain',
  },
  {
    text: 'Germany vowed to keep helping Ukraine for as long as the war lasts.',
    published: '2025-06-02',
    events: [{ source: 'DEU', target: 'UKR', plover: 'AGREE' }],
    note: 'plain',
  },
  // COOPERATE
  {
    text: 'Mexico extradited 29 cartel figures to the United States on Thursday.',
    published: '2025-02-28',
    events: [{ source: 'MEX', target: 'USA', plover: 'COOPERATE' }],
    note: 'plain',
  },
  {
    text: 'Spanish police worked with Moroccan authorities to break up a hashish smuggling ring.',
    published: '2025-04-09',
    events: [{ source: 'ESP', target: 'MAR', plover: 'COOPERATE' }],
    note: 'plain',
  },
  {
    text: 'Guatemala shared intelligence with El Salvador on gang leaders hiding near the border.',
    published: '2025-05-14',
    events: [{ source: 'GTM', target: 'SLV', plover: 'COOPERATE' }],
    note: 'plain',
  },
  {
    text: 'India held joint naval exercises with France in the Arabian Sea.',
    published: '2025-03-21',
    events: [{ source: 'IND', target: 'FRA', plover: 'COOPERATE' }],
    note: 'plain',
  },
  {
    text: 'Honduras handed over a suspected drug trafficker to the United States on Friday.',
    published: '2025-07-12',
    events: [{ source: 'HND', target: 'USA', plover: 'COOPERATE' }],
    note: 'plain',
  },
  // AID
  {
    text: 'Mexico sent two ships carrying oil and food to Cuba.',
    published: '2025-03-18',
    events: [{ source: 'MEX', target: 'CUB', plover: 'AID' }],
    note: 'plain',
  },
  {
    text: 'Japan donated $5 million to Myanmar after the earthquake.',
    published: '2025-04-02',
    events: [{ source: 'JPN', target: 'MMR', plover: 'AID' }],
    note: 'plain',
  },
  {
    text: 'Germany delivered four more air defense systems to Ukraine.',
    published: '2025-06-20',
    events: [{ source: 'DEU', target: 'UKR', plover: 'AID' }],
    note: 'plain',
  },
  {
    text: 'Spain sent firefighting planes to Portugal as wildfires spread.',
    published: '2025-08-16',
    events: [{ source: 'ESP', target: 'PRT', plover: 'AID' }],
    note: 'plain',
  },
  {
    text: 'Mexico granted asylum to a former Peruvian prime minister.',
    published: '2025-11-04',
    events: [{ source: 'MEX', target: 'PER', plover: 'AID' }],
    note: 'plain',
  },
  // CONCEDE
  {
    text: 'China lifted its ban on Japanese seafood imports on Monday.',
    published: '2025-06-30',
    events: [{ source: 'CHN', target: 'JPN', plover: 'CONCEDE' }],
    note: 'plain',
  },
  {
    text: 'Colombia gave in to US demands over deportation flights.',
    published: '2025-01-27',
    events: [{ source: 'COL', target: 'USA', plover: 'CONCEDE' }],
    note: 'plain',
  },
  {
    text: 'Panama bowed to pressure from the United States over the canal ports.',
    published: '2025-03-05',
    events: [{ source: 'PAN', target: 'USA', plover: 'CONCEDE' }],
    note: 'plain',
  },
  {
    text: 'Venezuela accepted a US demand to take back its deported migrants.',
    published: '2025-02-01',
    events: [{ source: 'VEN', target: 'USA', plover: 'CONCEDE' }],
    note: 'plain',
  },
  {
    text: 'Israel eased restrictions on Palestinian workers at the checkpoints.',
    published: '2025-09-10',
    events: [{ source: 'ISR', target: 'PSE', plover: 'CONCEDE' }],
    note: 'plain',
  },
  // RETREAT
  {
    text: 'Venezuela freed six Americans on Friday.',
    published: '2025-02-01',
    events: [{ source: 'VEN', target: 'USA', plover: 'RETREAT' }],
    note: 'plain',
  },
  {
    text: 'Russia released an American teacher in a prisoner swap.',
    published: '2025-02-12',
    events: [{ source: 'RUS', target: 'USA', plover: 'RETREAT' }],
    note: 'plain',
  },
  {
    text: 'Israel withdrew its troops from most of southern Lebanon.',
    published: '2025-02-18',
    events: [{ source: 'ISR', target: 'LBN', plover: 'RETREAT' }],
    note: 'plain',
  },
  {
    text: 'The United States lifted sanctions on Syria on Monday.',
    published: '2025-06-30',
    events: [{ source: 'USA', target: 'SYR', plover: 'RETREAT' }],
    note: 'plain',
  },
  {
    text: 'Pakistan returned a captured Indian soldier to India at the Wagah crossing.',
    published: '2025-05-14',
    events: [{ source: 'PAK', target: 'IND', plover: 'RETREAT' }],
    note: 'plain',
  },
  // REQUEST
  {
    text: 'Volodymyr Zelensky urged Germany to send long-range missiles.',
    published: '2025-05-28',
    events: [{ source: 'UKR', target: 'DEU', plover: 'REQUEST' }],
    note: 'plain',
  },
  {
    text: 'Claudia Sheinbaum asked the United States to stop the flow of weapons into Mexico.',
    published: '2025-03-12',
    events: [{ source: 'MEX', target: 'USA', plover: 'REQUEST' }],
    note: 'plain',
  },
  {
    text: 'Gustavo Petro called on Venezuela to release Colombian prisoners.',
    published: '2025-04-22',
    events: [{ source: 'COL', target: 'VEN', plover: 'REQUEST' }],
    note: 'plain',
  },
  {
    text: 'Lula demanded that Israel let food and medicine into Gaza.',
    published: '2025-07-24',
    events: [{ source: 'BRA', target: 'ISR', plover: 'REQUEST' }],
    note: 'plain',
  },
  {
    text: 'Ukraine appealed to Japan for more humanitarian aid.',
    published: '2025-03-10',
    events: [{ source: 'UKR', target: 'JPN', plover: 'REQUEST' }],
    note: 'plain',
  },
  // ACCUSE
  {
    text: 'Claudia Sheinbaum criticized the United States over the new steel tariffs.',
    published: '2025-03-13',
    events: [{ source: 'MEX', target: 'USA', plover: 'ACCUSE' }],
    note: 'plain',
  },
  {
    text: 'Iran accused Israel of killing its nuclear scientists.',
    published: '2025-06-14',
    events: [{ source: 'IRN', target: 'ISR', plover: 'ACCUSE' }],
    note: 'accusation complement',
  },
  {
    text: "Brazil condemned Israel's strikes on Iran.",
    published: '2025-06-13',
    events: [{ source: 'BRA', target: 'ISR', plover: 'ACCUSE' }],
    note: 'accusation complement',
  },
  {
    text: 'Colombian prosecutors opened an investigation into a Venezuelan general.',
    published: '2025-05-06',
    events: [{ source: 'COL', target: 'VEN', plover: 'ACCUSE' }],
    note: 'plain',
  },
  {
    text: 'Argentine prosecutors are investigating Iranian officials over the 1994 bombing.',
    published: '2025-07-18',
    events: [{ source: 'ARG', target: 'IRN', plover: 'ACCUSE' }],
    note: 'plain',
  },
  // REJECT
  {
    text: "Russia rejected Ukraine's ceasefire proposal on Tuesday.",
    published: '2025-05-13',
    events: [{ source: 'RUS', target: 'UKR', plover: 'REJECT' }],
    note: 'plain',
  },
  {
    text: 'Denmark rejected a US offer to buy Greenland.',
    published: '2025-03-27',
    events: [{ source: 'DNK', target: 'USA', plover: 'REJECT' }],
    note: 'plain',
  },
  {
    text: 'The United States vetoed a Security Council resolution on Gaza.',
    published: '2025-06-05',
    events: [{ source: 'USA', target: null, plover: 'REJECT' }],
    note: 'plain',
  },
  {
    text: "Israel dismissed France's call for an immediate ceasefire.",
    published: '2025-05-21',
    events: [{ source: 'ISR', target: 'FRA', plover: 'REJECT' }],
    note: 'plain',
  },
  // THREATEN
  {
    text: 'Donald Trump threatened to impose new tariffs on Colombia.',
    published: '2025-10-20',
    events: [{ source: 'USA', target: 'COL', plover: 'THREATEN' }],
    note: 'plain',
  },
  {
    text: 'Iran warned Israel that it would answer any attack with force.',
    published: '2025-06-12',
    events: [{ source: 'IRN', target: 'ISR', plover: 'THREATEN' }],
    note: 'plain',
  },
  {
    text: 'North Korea threatened South Korea with military action.',
    published: '2025-04-08',
    events: [{ source: 'PRK', target: 'KOR', plover: 'THREATEN' }],
    note: 'plain',
  },
  {
    text: 'Russia threatened Moldova with retaliation over the new border rules.',
    published: '2025-03-25',
    events: [{ source: 'RUS', target: 'MDA', plover: 'THREATEN' }],
    note: 'plain',
  },
  // PROTEST
  {
    text: 'Thousands of Panamanians protested against the United States in Panama City.',
    published: '2025-04-10',
    events: [{ source: 'PAN', target: 'USA', plover: 'PROTEST' }],
    note: 'plain',
  },
  {
    text: 'Polish farmers blocked the border with Ukraine for a third day.',
    published: '2025-03-03',
    events: [{ source: 'POL', target: 'UKR', plover: 'PROTEST' }],
    note: 'plain',
  },
  {
    text: 'Colombian students demonstrated outside the US embassy in Bogotá.',
    published: '2025-09-18',
    events: [{ source: 'COL', target: 'USA', plover: 'PROTEST' }],
    note: 'plain',
  },
  {
    text: 'Mexico boycotted a regional summit hosted by the Dominican Republic.',
    published: '2025-11-03',
    events: [{ source: 'MEX', target: 'DOM', plover: 'PROTEST' }],
    note: 'plain',
  },
  {
    text: 'Iranian students rallied outside the British embassy in Tehran.',
    published: '2025-06-24',
    events: [{ source: 'IRN', target: 'GBR', plover: 'PROTEST' }],
    note: 'plain',
  },
  {
    text: "Moroccan fishermen protested against Spain's new fishing quotas.",
    published: '2025-02-20',
    events: [{ source: 'MAR', target: 'ESP', plover: 'PROTEST' }],
    note: 'plain',
  },
  // SANCTION
  {
    text: 'Argentina expelled three Venezuelan diplomats on Wednesday.',
    published: '2025-04-16',
    events: [{ source: 'ARG', target: 'VEN', plover: 'SANCTION' }],
    note: 'plain',
  },
  {
    text: 'Mexico broke off diplomatic relations with Ecuador.',
    published: '2024-04-07',
    events: [{ source: 'MEX', target: 'ECU', plover: 'SANCTION' }],
    note: 'plain',
  },
  {
    text: 'Israel recalled its ambassador from Spain.',
    published: '2024-05-22',
    events: [{ source: 'ISR', target: 'ESP', plover: 'SANCTION' }],
    note: 'plain',
  },
  {
    text: 'Russia suspended talks with Japan on a peace treaty.',
    published: '2025-03-26',
    events: [{ source: 'RUS', target: 'JPN', plover: 'SANCTION' }],
    note: 'plain',
  },
  {
    text: 'The United States cut off aid to Colombia.',
    published: '2025-10-21',
    events: [{ source: 'USA', target: 'COL', plover: 'SANCTION' }],
    note: 'plain',
  },
  // MOBILIZE
  {
    text: 'Venezuela mobilized troops along its border with Colombia.',
    published: '2025-09-02',
    events: [{ source: 'VEN', target: 'COL', plover: 'MOBILIZE' }],
    note: 'plain',
  },
  {
    text: 'Russia massed troops near the border with Ukraine.',
    published: '2025-04-01',
    events: [{ source: 'RUS', target: 'UKR', plover: 'MOBILIZE' }],
    note: 'plain',
  },
  {
    text: 'The United States sent warships to the Caribbean near Venezuela.',
    published: '2025-08-20',
    events: [{ source: 'USA', target: 'VEN', plover: 'MOBILIZE' }],
    note: 'plain',
  },
  {
    text: 'India put its air force on high alert along the border with Pakistan.',
    published: '2025-04-28',
    events: [{ source: 'IND', target: 'PAK', plover: 'MOBILIZE' }],
    note: 'plain',
  },
  {
    text: 'Guatemala sent 1,500 soldiers to its border with Mexico.',
    published: '2025-02-10',
    events: [{ source: 'GTM', target: 'MEX', plover: 'MOBILIZE' }],
    note: 'plain',
  },
  // COERCE
  {
    text: 'US immigration agents detained two Guatemalan journalists in Atlanta.',
    published: '2025-06-19',
    events: [{ source: 'USA', target: 'GTM', plover: 'COERCE' }],
    note: 'plain',
  },
  {
    text: 'The United States imposed new sanctions on Iran on Thursday.',
    published: '2025-04-11',
    events: [{ source: 'USA', target: 'IRN', plover: 'COERCE' }],
    note: 'plain',
  },
  {
    text: 'Argentine authorities seized a Venezuelan cargo plane at Ezeiza airport.',
    published: '2025-02-14',
    events: [{ source: 'ARG', target: 'VEN', plover: 'COERCE' }],
    note: 'plain',
  },
  {
    text: 'China detained a Japanese businessman in Beijing.',
    published: '2025-03-28',
    events: [{ source: 'CHN', target: 'JPN', plover: 'COERCE' }],
    note: 'plain',
  },
  {
    text: 'The United States deported 120 Venezuelans on Sunday.',
    published: '2025-03-24',
    events: [{ source: 'USA', target: 'VEN', plover: 'COERCE' }],
    note: 'plain',
  },
  // ASSAULT
  {
    text: 'Russia launched 300 drones at Ukraine overnight.',
    published: '2025-05-25',
    events: [{ source: 'RUS', target: 'UKR', plover: 'ASSAULT' }],
    note: 'plain',
  },
  {
    text: 'Israel bombed Iranian nuclear sites on Friday.',
    published: '2025-06-13',
    events: [{ source: 'ISR', target: 'IRN', plover: 'ASSAULT' }],
    note: 'plain',
  },
  {
    text: 'Ukrainian drones attacked a Russian oil refinery near Saratov.',
    published: '2025-09-10',
    events: [{ source: 'UKR', target: 'RUS', plover: 'ASSAULT' }],
    note: 'plain',
  },
  {
    text: 'Pakistan shelled Indian positions in Kashmir overnight.',
    published: '2025-05-08',
    events: [{ source: 'PAK', target: 'IND', plover: 'ASSAULT' }],
    note: 'plain',
  },
  {
    text: 'Thai jets bombed Cambodian positions along the disputed border.',
    published: '2025-07-24',
    events: [{ source: 'THA', target: 'KHM', plover: 'ASSAULT' }],
    note: 'plain',
  },

  // A coercion by the article's own country that names no one falls on its own people.
  {
    text: 'President Claudia Sheinbaum spoke in Mexico City. The Mexican government issued a cease and desist order on Monday, forcing the radio station off the air.',
    published: '2025-06-02',
    events: [{ source: 'MEX', target: 'MEX', plover: 'COERCE' }],
    note: 'plain',
  },

  // ── negation: a negated trigger is the same event with negated true ───────────────────────
  {
    text: 'Claudia Sheinbaum did not meet Donald Trump at the G7 summit in Canada.',
    published: '2025-06-18',
    events: [{ source: 'MEX', target: 'USA', plover: 'CONSULT', negated: true }],
    note: 'negation',
  },
  {
    text: 'Colombia has not extradited the rebel commander to the United States.',
    published: '2025-05-02',
    events: [{ source: 'COL', target: 'USA', plover: 'COOPERATE', negated: true }],
    note: 'negation',
  },
  {
    text: 'Brazil did not sign the agreement with the United States.',
    published: '2025-07-15',
    events: [{ source: 'BRA', target: 'USA', plover: 'SUPPORT', negated: true }],
    note: 'negation',
  },
  {
    text: 'India did not criticize Russia at the summit.',
    published: '2025-07-08',
    events: [{ source: 'IND', target: 'RUS', plover: 'ACCUSE', negated: true }],
    note: 'negation',
  },
  {
    text: 'Germany has not sent Taurus missiles to Ukraine.',
    published: '2025-05-30',
    events: [{ source: 'DEU', target: 'UKR', plover: 'AID', negated: true }],
    note: 'negation',
  },
  {
    text: 'Spain did not expel any Israeli diplomats.',
    published: '2025-09-09',
    events: [{ source: 'ESP', target: 'ISR', plover: 'SANCTION', negated: true }],
    note: 'negation',
  },
  {
    text: 'Mexico did not deploy troops to its border with Guatemala.',
    published: '2025-07-09',
    events: [{ source: 'MEX', target: 'GTM', plover: 'MOBILIZE', negated: true }],
    note: 'negation',
  },
  {
    text: 'Argentina has not recognized the Venezuelan government.',
    published: '2025-01-11',
    events: [{ source: 'ARG', target: 'VEN', plover: 'SUPPORT', negated: true }],
    note: 'negation',
  },
  {
    text: 'Israel did not attack Iranian oil facilities.',
    published: '2025-06-16',
    events: [{ source: 'ISR', target: 'IRN', plover: 'ASSAULT', negated: true }],
    note: 'negation',
  },
  {
    text: 'Honduran authorities did not arrest the Guatemalan suspect.',
    published: '2025-08-05',
    events: [{ source: 'HND', target: 'GTM', plover: 'COERCE', negated: true }],
    note: 'negation',
  },
  {
    text: 'Narendra Modi did not visit Pakistan for the regional summit.',
    published: '2024-10-16',
    events: [{ source: 'IND', target: 'PAK', plover: 'CONSULT', negated: true }],
    note: 'negation',
  },
  {
    text: 'Venezuela did not release the Colombian prisoners.',
    published: '2025-06-03',
    events: [{ source: 'VEN', target: 'COL', plover: 'RETREAT', negated: true }],
    note: 'negation',
  },
  {
    text: 'Volodymyr Zelensky did not ask the United States for troops.',
    published: '2025-08-19',
    events: [{ source: 'UKR', target: 'USA', plover: 'REQUEST', negated: true }],
    note: 'negation',
  },
  {
    text: 'Lula did not praise Nicolás Maduro in his speech.',
    published: '2025-05-10',
    events: [{ source: 'BRA', target: 'VEN', plover: 'SUPPORT', negated: true }],
    note: 'negation',
  },
  {
    text: 'China did not impose sanctions on Russia.',
    published: '2025-03-15',
    events: [{ source: 'CHN', target: 'RUS', plover: 'COERCE', negated: true }],
    note: 'negation',
  },
  {
    text: 'Japan never threatened China over the fishing dispute.',
    published: '2025-08-27',
    events: [{ source: 'JPN', target: 'CHN', plover: 'THREATEN', negated: true }],
    note: 'negation',
  },
  {
    text: 'Venezuela has not given in to US demands over the oil fields.',
    published: '2025-10-08',
    events: [{ source: 'VEN', target: 'USA', plover: 'CONCEDE', negated: true }],
    note: 'negation',
  },

  // ── refusal: "refused to X" is one REJECT event, not a negated X ─────────────────────────
  {
    text: 'Mexico refused to extradite the former governor to the United States.',
    published: '2025-04-03',
    events: [{ source: 'MEX', target: 'USA', plover: 'REJECT' }],
    note: 'refusal',
  },
  {
    text: 'Venezuela refused to accept deportation flights from the United States.',
    published: '2025-03-10',
    events: [{ source: 'VEN', target: 'USA', plover: 'REJECT' }],
    note: 'refusal',
  },
  {
    text: 'Russia refused to meet Ukrainian negotiators in Istanbul.',
    published: '2025-05-15',
    events: [{ source: 'RUS', target: 'UKR', plover: 'REJECT' }],
    note: 'refusal',
  },
  {
    text: 'Honduras declined to hand over the gang leader to El Salvador.',
    published: '2025-06-25',
    events: [{ source: 'HND', target: 'SLV', plover: 'REJECT' }],
    note: 'refusal',
  },
  {
    text: 'Iran refused to release the two French citizens.',
    published: '2025-04-30',
    events: [{ source: 'IRN', target: 'FRA', plover: 'REJECT' }],
    note: 'refusal',
  },
  {
    text: 'Brazil refused to send ammunition to Ukraine.',
    published: '2025-03-20',
    events: [{ source: 'BRA', target: 'UKR', plover: 'REJECT' }],
    note: 'refusal',
  },

  // ── hypothetical: plans, modal futures and conditionals ────────────────────────────────────
  {
    text: 'Lula plans to visit China in May.',
    published: '2025-03-20',
    events: [{ source: 'BRA', target: 'CHN', plover: 'CONSULT', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Colombia will sign a security agreement with Ecuador next week.',
    published: '2025-04-04',
    events: [{ source: 'COL', target: 'ECU', plover: 'SUPPORT', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'If talks fail, Israel may strike Iran again.',
    published: '2025-07-02',
    events: [{ source: 'ISR', target: 'IRN', plover: 'ASSAULT', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Vladimir Putin is expected to meet Donald Trump in Alaska on Friday.',
    published: '2025-08-13',
    events: [{ source: 'RUS', target: 'USA', plover: 'CONSULT', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'The United States could impose new sanctions on Russia next month.',
    published: '2025-07-15',
    events: [{ source: 'USA', target: 'RUS', plover: 'COERCE', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Brazil may send firefighters to Bolivia.',
    published: '2025-09-03',
    events: [{ source: 'BRA', target: 'BOL', plover: 'AID', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Mexico intends to extradite more suspects to the United States.',
    published: '2025-08-14',
    events: [{ source: 'MEX', target: 'USA', plover: 'COOPERATE', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Pedro Sánchez will visit China next week.',
    published: '2025-04-03',
    events: [{ source: 'ESP', target: 'CHN', plover: 'CONSULT', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Germany would send more air defense systems to Ukraine if it had them.',
    published: '2025-07-04',
    events: [{ source: 'DEU', target: 'UKR', plover: 'AID', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Argentina should sign a trade deal with the United States by the end of the year.',
    published: '2025-09-30',
    events: [{ source: 'ARG', target: 'USA', plover: 'SUPPORT', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'India might expel Pakistani diplomats.',
    published: '2025-04-23',
    events: [{ source: 'IND', target: 'PAK', plover: 'SANCTION', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Nayib Bukele will host Bernardo Arévalo in San Salvador next month.',
    published: '2025-06-10',
    events: [{ source: 'SLV', target: 'GTM', plover: 'CONSULT', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Honduras plans to deport hundreds of Nicaraguans.',
    published: '2025-07-21',
    events: [{ source: 'HND', target: 'NIC', plover: 'COERCE', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Marco Rubio is scheduled to visit Mexico on Wednesday.',
    published: '2025-09-01',
    events: [{ source: 'USA', target: 'MEX', plover: 'CONSULT', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'The United States will send more Patriot missiles to Ukraine.',
    published: '2025-07-14',
    events: [{ source: 'USA', target: 'UKR', plover: 'AID', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'If the courts approve, Colombia will extradite the suspect to the United States.',
    published: '2025-06-06',
    events: [{ source: 'COL', target: 'USA', plover: 'COOPERATE', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'The United States could ease sanctions on Venezuela if the talks succeed.',
    published: '2025-03-05',
    events: [{ source: 'USA', target: 'VEN', plover: 'RETREAT', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Venezuela may release more detained Americans in the coming weeks.',
    published: '2025-05-21',
    events: [{ source: 'VEN', target: 'USA', plover: 'RETREAT', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Mexico may give in to US demands for more water deliveries.',
    published: '2025-04-14',
    events: [{ source: 'MEX', target: 'USA', plover: 'CONCEDE', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Mexican farmers plan to block border crossings with the United States.',
    published: '2025-11-24',
    events: [{ source: 'MEX', target: 'USA', plover: 'PROTEST', hypothetical: true }],
    note: 'hypothetical',
  },

  // ── passive: the "by" agent is the source, the subject the target ──────────────────────────
  {
    text: 'A cartel financier was extradited to the United States by Mexico on Tuesday.',
    published: '2025-08-13',
    events: [{ source: 'MEX', target: 'USA', plover: 'COOPERATE' }],
    note: 'passive',
  },
  {
    text: 'Ukraine was hit by a wave of Russian missiles overnight.',
    published: '2025-07-04',
    events: [{ source: 'RUS', target: 'UKR', plover: 'ASSAULT' }],
    note: 'passive',
  },
  {
    text: 'Three Venezuelan diplomats were expelled by Argentina.',
    published: '2025-04-16',
    events: [{ source: 'ARG', target: 'VEN', plover: 'SANCTION' }],
    note: 'passive',
  },
  {
    text: 'Mexico was praised by Marco Rubio on Thursday.',
    published: '2025-09-04',
    events: [{ source: 'USA', target: 'MEX', plover: 'SUPPORT' }],
    note: 'passive',
  },
  {
    text: 'Dozens of Colombians were deported by the United States on Sunday.',
    published: '2025-04-07',
    events: [{ source: 'USA', target: 'COL', plover: 'COERCE' }],
    note: 'passive',
  },
  {
    text: 'A Chinese fishing vessel was seized by Argentine authorities.',
    published: '2025-05-12',
    events: [{ source: 'ARG', target: 'CHN', plover: 'COERCE' }],
    note: 'passive',
  },
  {
    text: 'Honduras was urged by the United States to extradite more suspects.',
    published: '2025-06-11',
    events: [{ source: 'USA', target: 'HND', plover: 'REQUEST' }],
    note: 'passive',
  },
  {
    text: 'New sanctions were imposed on Iran by the United States.',
    published: '2025-05-08',
    events: [{ source: 'USA', target: 'IRN', plover: 'COERCE' }],
    note: 'passive',
  },
  {
    text: 'Aid was sent to Cuba by Mexico after the hurricane.',
    published: '2025-11-01',
    events: [{ source: 'MEX', target: 'CUB', plover: 'AID' }],
    note: 'passive',
  },
  {
    text: 'Guatemala was criticized by Nayib Bukele over migration.',
    published: '2025-03-12',
    events: [{ source: 'SLV', target: 'GTM', plover: 'ACCUSE' }],
    note: 'passive',
  },
  {
    text: 'Volodymyr Zelensky was received by Emmanuel Macron in Paris on Wednesday.',
    published: '2025-11-13',
    events: [{ source: 'FRA', target: 'UKR', plover: 'CONSULT' }],
    note: 'passive',
  },
  {
    text: "Ukraine's peace plan was rejected by Russia.",
    published: '2025-06-03',
    events: [{ source: 'RUS', target: 'UKR', plover: 'REJECT' }],
    note: 'passive',
  },
  {
    text: 'Six Americans were freed by Venezuela on Friday.',
    published: '2025-02-01',
    events: [{ source: 'VEN', target: 'USA', plover: 'RETREAT' }],
    note: 'passive',
  },
  {
    text: 'Ukraine was promised more air defense systems by Germany.',
    published: '2025-06-10',
    events: [{ source: 'DEU', target: 'UKR', plover: 'AGREE' }],
    note: 'passive',
  },
  {
    text: 'Colombia was threatened with tariffs by Donald Trump.',
    published: '2025-10-20',
    events: [{ source: 'USA', target: 'COL', plover: 'THREATEN' }],
    note: 'passive',
  },
  {
    text: 'A ban on Brazilian beef was lifted by China on Friday.',
    published: '2025-03-21',
    events: [{ source: 'CHN', target: 'BRA', plover: 'CONCEDE' }],
    note: 'passive',
  },

  // ── coordination: "X and Y did" gives one event for each conjunct as source ───────────────
  {
    text: 'Spain and France criticized Israel over the offensive in Gaza.',
    published: '2025-05-20',
    events: [
      { source: 'ESP', target: 'ISR', plover: 'ACCUSE' },
      { source: 'FRA', target: 'ISR', plover: 'ACCUSE' },
    ],
    note: 'coordination',
  },
  {
    text: 'Mexico and Canada urged the United States to drop the tariffs.',
    published: '2025-03-05',
    events: [
      { source: 'MEX', target: 'USA', plover: 'REQUEST' },
      { source: 'CAN', target: 'USA', plover: 'REQUEST' },
    ],
    note: 'coordination',
  },
  {
    text: 'Brazil and Chile sent firefighters to Bolivia.',
    published: '2025-09-12',
    events: [
      { source: 'BRA', target: 'BOL', plover: 'AID' },
      { source: 'CHL', target: 'BOL', plover: 'AID' },
    ],
    note: 'coordination',
  },
  {
    text: 'Guatemala and Honduras signed a border security agreement with El Salvador.',
    published: '2025-05-23',
    events: [
      { source: 'GTM', target: 'SLV', plover: 'SUPPORT' },
      { source: 'HND', target: 'SLV', plover: 'SUPPORT' },
    ],
    note: 'coordination',
  },
  {
    text: 'Russia and China criticized the United States over its strikes on Iran.',
    published: '2025-06-23',
    events: [
      { source: 'RUS', target: 'USA', plover: 'ACCUSE' },
      { source: 'CHN', target: 'USA', plover: 'ACCUSE' },
    ],
    note: 'coordination',
  },
  {
    text: 'Germany and France pledged more aid to Ukraine.',
    published: '2025-05-10',
    events: [
      { source: 'DEU', target: 'UKR', plover: 'AGREE' },
      { source: 'FRA', target: 'UKR', plover: 'AGREE' },
    ],
    note: 'coordination',
  },
  {
    text: 'Panama and Costa Rica deported dozens of Venezuelans.',
    published: '2025-03-18',
    events: [
      { source: 'PAN', target: 'VEN', plover: 'COERCE' },
      { source: 'CRI', target: 'VEN', plover: 'COERCE' },
    ],
    note: 'coordination',
  },
  {
    text: 'Japan and South Korea warned North Korea against further missile tests.',
    published: '2025-05-09',
    events: [
      { source: 'JPN', target: 'PRK', plover: 'THREATEN' },
      { source: 'KOR', target: 'PRK', plover: 'THREATEN' },
    ],
    note: 'coordination',
  },
  {
    text: 'Israel and the United States struck Iranian nuclear sites.',
    published: '2025-06-22',
    events: [
      { source: 'ISR', target: 'IRN', plover: 'ASSAULT' },
      { source: 'USA', target: 'IRN', plover: 'ASSAULT' },
    ],
    note: 'coordination',
  },
  {
    text: 'Spain and Ireland recognized a Palestinian state on Tuesday.',
    published: '2024-05-28',
    events: [
      { source: 'ESP', target: 'PSE', plover: 'SUPPORT' },
      { source: 'IRL', target: 'PSE', plover: 'SUPPORT' },
    ],
    note: 'coordination',
  },
  {
    text: 'Mexico and Canada rejected a US demand to raise their defense spending.',
    published: '2025-06-26',
    events: [
      { source: 'MEX', target: 'USA', plover: 'REJECT' },
      { source: 'CAN', target: 'USA', plover: 'REJECT' },
    ],
    note: 'coordination',
  },
  {
    text: 'Venezuela and Cuba denounced the United States at the United Nations.',
    published: '2025-09-26',
    events: [
      { source: 'VEN', target: 'USA', plover: 'ACCUSE' },
      { source: 'CUB', target: 'USA', plover: 'ACCUSE' },
    ],
    note: 'coordination',
  },
  {
    text: 'Claudia Sheinbaum and Mark Carney spoke with Donald Trump by phone.',
    published: '2025-05-15',
    events: [
      { source: 'MEX', target: 'USA', plover: 'CONSULT' },
      { source: 'CAN', target: 'USA', plover: 'CONSULT' },
    ],
    note: 'coordination',
  },
  {
    text: 'Argentina and Paraguay shared intelligence with Brazil on border smuggling.',
    published: '2025-08-08',
    events: [
      { source: 'ARG', target: 'BRA', plover: 'COOPERATE' },
      { source: 'PRY', target: 'BRA', plover: 'COOPERATE' },
    ],
    note: 'coordination',
  },
  {
    text: 'Bolivian and Peruvian truckers blocked the border with Chile.',
    published: '2025-05-26',
    events: [
      { source: 'BOL', target: 'CHL', plover: 'PROTEST' },
      { source: 'PER', target: 'CHL', plover: 'PROTEST' },
    ],
    note: 'coordination',
  },

  // ── pronoun: the first sentence names the actor, the second acts through a pronoun ────────
  {
    text: 'Lula began a five-day trip to Asia on Monday. He met Xi Jinping in Beijing on Tuesday.',
    published: '2025-05-13',
    events: [{ source: 'BRA', target: 'CHN', plover: 'CONSULT' }],
    note: 'pronoun',
  },
  {
    text: 'Claudia Sheinbaum held her daily news conference on Tuesday. She criticized the United States for the new tariffs.',
    published: '2025-04-08',
    events: [{ source: 'MEX', target: 'USA', plover: 'ACCUSE' }],
    note: 'pronoun',
  },
  {
    text: "Javier Milei gave a long speech on Wednesday. He praised Donald Trump's economic policies.",
    published: '2025-04-16',
    events: [{ source: 'ARG', target: 'USA', plover: 'SUPPORT' }],
    note: 'pronoun',
  },
  {
    text: 'Volodymyr Zelensky spoke to reporters in Kyiv. He accused Russia of stalling the talks.',
    published: '2025-06-06',
    events: [{ source: 'UKR', target: 'RUS', plover: 'ACCUSE' }],
    note: 'pronoun',
  },
  {
    text: 'Nayib Bukele posted a long message on Sunday. He offered to take in deportees from the United States.',
    published: '2025-02-04',
    events: [{ source: 'SLV', target: 'USA', plover: 'AGREE' }],
    note: 'pronoun',
  },
  {
    text: 'Vladimir Putin chaired a meeting of his security council. He warned Ukraine against any new incursion.',
    published: '2025-03-14',
    events: [{ source: 'RUS', target: 'UKR', plover: 'THREATEN' }],
    note: 'pronoun',
  },
  {
    text: 'Gustavo Petro gave a television interview on Thursday. He called on the United States to halt the strikes in the Caribbean.',
    published: '2025-09-19',
    events: [{ source: 'COL', target: 'USA', plover: 'REQUEST' }],
    note: 'pronoun',
  },
  {
    text: 'Emmanuel Macron returned to Paris on Friday. He phoned Volodymyr Zelensky later that evening.',
    published: '2025-08-23',
    events: [{ source: 'FRA', target: 'UKR', plover: 'CONSULT' }],
    note: 'pronoun',
  },
  {
    text: 'Narendra Modi chaired a cabinet meeting in New Delhi. He later spoke with Vladimir Putin by phone.',
    published: '2025-08-08',
    events: [{ source: 'IND', target: 'RUS', plover: 'CONSULT' }],
    note: 'pronoun',
  },
  {
    text: 'Xi Jinping watched a military parade on Wednesday. He urged Japan to face up to its wartime past.',
    published: '2025-09-03',
    events: [{ source: 'CHN', target: 'JPN', plover: 'REQUEST' }],
    note: 'pronoun',
  },
  {
    text: 'Pedro Sánchez addressed parliament on Wednesday. He condemned Israel over the deaths of aid workers.',
    published: '2025-09-10',
    events: [{ source: 'ESP', target: 'ISR', plover: 'ACCUSE' }],
    note: 'pronoun',
  },
  {
    text: 'Donald Trump returned from Asia on Thursday. He threatened to impose new tariffs on Canada.',
    published: '2025-10-31',
    events: [{ source: 'USA', target: 'CAN', plover: 'THREATEN' }],
    note: 'pronoun',
  },
  {
    text: 'Bernardo Arévalo gave a press conference on Monday. He asked Mexico to help control the border.',
    published: '2025-07-28',
    events: [{ source: 'GTM', target: 'MEX', plover: 'REQUEST' }],
    note: 'pronoun',
  },
  {
    text: 'The Mexican government issued a statement on Friday. It called on Ecuador to respect international law.',
    published: '2025-04-18',
    events: [{ source: 'MEX', target: 'ECU', plover: 'REQUEST' }],
    note: 'pronoun',
  },
  {
    text: 'Ukrainian refugees gathered in Warsaw on Sunday. They protested outside the Russian embassy.',
    published: '2025-02-24',
    events: [{ source: 'UKR', target: 'RUS', plover: 'PROTEST' }],
    note: 'pronoun',
  },

  // ── title: a role noun with a country adjective or possessive names the actor ─────────────
  {
    text: 'The Chilean president met his Argentine counterpart in Santiago on Monday.',
    published: '2025-05-19',
    events: [{ source: 'CHL', target: 'ARG', plover: 'CONSULT' }],
    note: 'title',
  },
  {
    text: 'The Mexican president rejected a US proposal to send troops into Mexico.',
    published: '2025-05-05',
    events: [{ source: 'MEX', target: 'USA', plover: 'REJECT' }],
    note: 'title',
  },
  {
    text: "Brazil's president called on Israel to end the war in Gaza.",
    published: '2025-07-07',
    events: [{ source: 'BRA', target: 'ISR', plover: 'REQUEST' }],
    note: 'title',
  },
  {
    text: 'The French president hosted the Indian prime minister in Marseille.',
    published: '2025-02-12',
    events: [{ source: 'FRA', target: 'IND', plover: 'CONSULT' }],
    note: 'title',
  },
  {
    text: 'The Spanish prime minister condemned Israel on Tuesday.',
    published: '2025-06-03',
    events: [{ source: 'ESP', target: 'ISR', plover: 'ACCUSE' }],
    note: 'title',
  },
  {
    text: 'The US secretary of state visited Guatemala on Wednesday.',
    published: '2025-02-05',
    events: [{ source: 'USA', target: 'GTM', plover: 'CONSULT' }],
    note: 'title',
  },
  {
    text: 'The Russian foreign minister accused France of prolonging the war.',
    published: '2025-03-06',
    events: [{ source: 'RUS', target: 'FRA', plover: 'ACCUSE' }],
    note: 'title',
  },
  {
    text: "Argentina's president signed a trade agreement with the United States.",
    published: '2025-11-14',
    events: [{ source: 'ARG', target: 'USA', plover: 'SUPPORT' }],
    note: 'title',
  },
  {
    text: 'The Colombian president threatened to cut ties with Israel.',
    published: '2024-04-30',
    events: [{ source: 'COL', target: 'ISR', plover: 'THREATEN' }],
    note: 'title',
  },
  {
    text: 'The Salvadoran president offered to help Ecuador fight criminal gangs.',
    published: '2025-03-26',
    events: [{ source: 'SLV', target: 'ECU', plover: 'AGREE' }],
    note: 'title',
  },
  {
    text: "Germany's chancellor promised more weapons to Ukraine.",
    published: '2025-05-28',
    events: [{ source: 'DEU', target: 'UKR', plover: 'AGREE' }],
    note: 'title',
  },
  {
    text: 'The Guatemalan president asked the United States for more aid.',
    published: '2025-02-06',
    events: [{ source: 'GTM', target: 'USA', plover: 'REQUEST' }],
    note: 'title',
  },
  {
    text: 'The Ukrainian president thanked Japan for its aid.',
    published: '2025-04-01',
    events: [{ source: 'UKR', target: 'JPN', plover: 'SUPPORT' }],
    note: 'title',
  },
  {
    text: 'The Iranian president warned the United States against new strikes.',
    published: '2025-06-25',
    events: [{ source: 'IRN', target: 'USA', plover: 'THREATEN' }],
    note: 'title',
  },
  {
    text: 'The Chinese foreign minister met his Russian counterpart in Beijing.',
    published: '2025-04-01',
    events: [{ source: 'CHN', target: 'RUS', plover: 'CONSULT' }],
    note: 'title',
  },
  {
    text: 'The Venezuelan president deployed troops to the border with Guyana.',
    published: '2025-03-04',
    events: [{ source: 'VEN', target: 'GUY', plover: 'MOBILIZE' }],
    note: 'title',
  },

  // ── nested speech: the reported clause carries the event, not the speech verb ─────────────
  {
    text: 'Claudia Sheinbaum said Mexico had sent 10,000 troops to its border with the United States.',
    published: '2025-02-05',
    events: [{ source: 'MEX', target: 'USA', plover: 'MOBILIZE' }],
    note: 'nested speech',
  },
  {
    text: 'Marco Rubio said Venezuela had freed six Americans.',
    published: '2025-02-01',
    events: [{ source: 'VEN', target: 'USA', plover: 'RETREAT' }],
    note: 'nested speech',
  },
  {
    text: 'Volodymyr Zelensky said Russia had attacked Ukrainian power plants overnight.',
    published: '2025-03-08',
    events: [{ source: 'RUS', target: 'UKR', plover: 'ASSAULT' }],
    note: 'nested speech',
  },
  {
    text: 'Vladimir Putin said Russia was ready to negotiate with Ukraine.',
    published: '2025-05-11',
    events: [{ source: 'RUS', target: 'UKR', plover: 'AGREE' }],
    note: 'nested speech',
  },
  {
    text: 'Emmanuel Macron said France will recognize a Palestinian state in September.',
    published: '2025-07-25',
    events: [{ source: 'FRA', target: 'PSE', plover: 'SUPPORT', hypothetical: true }],
    note: 'nested speech',
  },
  {
    text: 'Narendra Modi said India had struck militant camps in Pakistan.',
    published: '2025-05-12',
    events: [{ source: 'IND', target: 'PAK', plover: 'ASSAULT' }],
    note: 'nested speech',
  },
  {
    text: 'Gustavo Petro said Colombia would extradite the suspect to the United States.',
    published: '2025-06-06',
    events: [{ source: 'COL', target: 'USA', plover: 'COOPERATE', hypothetical: true }],
    note: 'nested speech',
  },
  {
    text: 'Claudia Sheinbaum said Mexico will not break relations with the United States.',
    published: '2025-03-10',
    events: [
      { source: 'MEX', target: 'USA', plover: 'SANCTION', negated: true, hypothetical: true },
    ],
    note: 'nested speech',
  },
  {
    text: 'Lula said Brazil had rejected a US request to label its gangs as terrorists.',
    published: '2025-05-27',
    events: [{ source: 'BRA', target: 'USA', plover: 'REJECT' }],
    note: 'nested speech',
  },
  {
    text: 'Donald Trump said the United States had bombed three Iranian nuclear sites.',
    published: '2025-06-22',
    events: [{ source: 'USA', target: 'IRN', plover: 'ASSAULT' }],
    note: 'nested speech',
  },
  {
    text: 'Javier Milei said Argentina would sign a free trade deal with the United States.',
    published: '2025-04-15',
    events: [{ source: 'ARG', target: 'USA', plover: 'SUPPORT', hypothetical: true }],
    note: 'nested speech',
  },
  {
    text: 'Israeli officials said Iran had fired more than 100 missiles at Israel.',
    published: '2025-06-14',
    events: [{ source: 'IRN', target: 'ISR', plover: 'ASSAULT' }],
    note: 'nested speech',
  },
  {
    text: 'Guatemalan prosecutors said Mexico had handed over a gang leader to Guatemala.',
    published: '2025-10-24',
    events: [{ source: 'MEX', target: 'GTM', plover: 'COOPERATE' }],
    note: 'nested speech',
  },
  {
    text: 'Keir Starmer said Britain would send more air defense missiles to Ukraine.',
    published: '2025-06-24',
    events: [{ source: 'GBR', target: 'UKR', plover: 'AID', hypothetical: true }],
    note: 'nested speech',
  },
  {
    text: 'Japanese officials said China had detained a Japanese citizen in Beijing.',
    published: '2025-07-16',
    events: [{ source: 'CHN', target: 'JPN', plover: 'COERCE' }],
    note: 'nested speech',
  },

  // ── two clauses: each clause codes its own event, in trigger order ─────────────────────────
  {
    text: 'Mexico arrested the suspect and handed him over to the United States.',
    published: '2025-08-12',
    events: [
      { source: 'MEX', target: null, plover: 'COERCE' },
      { source: 'MEX', target: 'USA', plover: 'COOPERATE' },
    ],
    note: 'two clauses',
  },
  {
    text: 'Russia attacked Ukraine overnight, and Ukraine struck a Russian oil depot in response.',
    published: '2025-08-21',
    events: [
      { source: 'RUS', target: 'UKR', plover: 'ASSAULT' },
      { source: 'UKR', target: 'RUS', plover: 'ASSAULT' },
    ],
    note: 'two clauses',
  },
  {
    text: "Claudia Sheinbaum met Mark Carney in Mexico City and praised Canada's trade policy.",
    published: '2025-09-18',
    events: [
      { source: 'MEX', target: 'CAN', plover: 'CONSULT' },
      { source: 'MEX', target: 'CAN', plover: 'SUPPORT' },
    ],
    note: 'two clauses',
  },
  {
    text: 'India expelled Pakistani diplomats and suspended a water treaty with Pakistan.',
    published: '2025-04-24',
    events: [
      { source: 'IND', target: 'PAK', plover: 'SANCTION' },
      { source: 'IND', target: 'PAK', plover: 'SANCTION' },
    ],
    note: 'two clauses',
  },
  {
    text: 'The United States urged Venezuela to release the prisoners, but Venezuela refused.',
    published: '2025-06-17',
    events: [
      { source: 'USA', target: 'VEN', plover: 'REQUEST' },
      { source: 'VEN', target: 'USA', plover: 'REJECT' },
    ],
    note: 'two clauses',
  },
  {
    text: 'Volodymyr Zelensky visited the United States and thanked Donald Trump for the aid.',
    published: '2025-08-19',
    events: [
      { source: 'UKR', target: 'USA', plover: 'CONSULT' },
      { source: 'UKR', target: 'USA', plover: 'SUPPORT' },
    ],
    note: 'two clauses',
  },
  {
    text: 'Colombia criticized Ecuador and recalled its ambassador from Ecuador.',
    published: '2025-02-03',
    events: [
      { source: 'COL', target: 'ECU', plover: 'ACCUSE' },
      { source: 'COL', target: 'ECU', plover: 'SANCTION' },
    ],
    note: 'two clauses',
  },
  {
    text: 'Iran fired missiles at Israel. Israel then bombed Iranian air defenses.',
    published: '2025-06-15',
    events: [
      { source: 'IRN', target: 'ISR', plover: 'ASSAULT' },
      { source: 'ISR', target: 'IRN', plover: 'ASSAULT' },
    ],
    note: 'two clauses',
  },
  {
    text: 'The United States lifted sanctions on Belarus after Belarus freed 52 prisoners.',
    published: '2025-09-12',
    events: [
      { source: 'USA', target: 'BLR', plover: 'RETREAT' },
      { source: 'BLR', target: null, plover: 'RETREAT' },
    ],
    note: 'two clauses',
  },

  // ── no event: statements, figures and scheduling with no interaction between actors ───────
  {
    text: "Mexico's economy grew 0.6 percent in the second quarter.",
    published: '2025-07-31',
    events: [],
    note: 'no event',
  },
  {
    text: 'Claudia Sheinbaum said the peso remained stable despite the trade dispute.',
    published: '2025-04-04',
    events: [],
    note: 'no event',
  },
  {
    text: "Argentina's monthly inflation slowed to its lowest level in five years.",
    published: '2025-06-13',
    events: [],
    note: 'no event',
  },
  {
    text: 'Brazil will host the climate summit in Belém in November.',
    published: '2025-09-15',
    events: [],
    note: 'no event',
  },
  {
    text: 'Russia denied any role in the drone incident.',
    published: '2025-09-11',
    events: [],
    note: 'no event',
  },
  {
    text: 'Heavy rain flooded parts of Guatemala City on Sunday.',
    published: '2025-06-02',
    events: [],
    note: 'no event',
  },
  {
    text: "Colombia's central bank held interest rates at 9.25 percent.",
    published: '2025-07-01',
    events: [],
    note: 'no event',
  },
  {
    text: 'Volodymyr Zelensky is expected to speak at the General Assembly next week.',
    published: '2025-09-16',
    events: [],
    note: 'no event',
  },
  {
    text: 'Honduras holds a general election on November 30.',
    published: '2025-11-20',
    events: [],
    note: 'no event',
  },
  {
    text: "India's population passed 1.4 billion, according to official estimates.",
    published: '2025-04-15',
    events: [],
    note: 'no event',
  },
  {
    text: 'Chinese exports rose 8 percent in September from a year earlier.',
    published: '2025-10-13',
    events: [],
    note: 'no event',
  },
  {
    text: 'Spain recorded its hottest summer on record, the weather agency said.',
    published: '2025-09-02',
    events: [],
    note: 'no event',
  },
  {
    text: 'Lula, 79, is widely expected to seek a fourth term next year.',
    published: '2025-06-20',
    events: [],
    note: 'no event',
  },
  {
    text: "Japan's new prime minister took office on Tuesday.",
    published: '2025-10-21',
    events: [],
    note: 'no event',
  },
  {
    text: 'French lawmakers debated the budget until late on Thursday.',
    published: '2025-10-24',
    events: [],
    note: 'no event',
  },
  {
    text: 'Record numbers of Mexican tourists traveled to Spain this summer.',
    published: '2025-09-05',
    events: [],
    note: 'no event',
  },
  {
    text: 'The Colombian government has never recognized the election of Nicolás Maduro.',
    published: '2025-06-01',
    events: [{ source: 'COL', target: 'VEN', plover: 'REJECT' }],
    note: 'negation',
  },
  {
    text: 'Secretary of State Marco Rubio spoke in Lima on Monday. "Peru is a great friend and a wonderful partner," Rubio said.',
    published: '2025-08-12',
    events: [{ source: 'USA', target: 'PER', plover: 'SUPPORT' }],
    note: 'nested speech',
  },
  {
    text: 'Secretary of State Marco Rubio spoke in Lima on Monday. "We will work with Peru and Chile on trade, on ports, on the mining corridor and on the new customs rules for the whole region. We will also keep fighting the corrupt and brutal criminals who attack our streets," Rubio said.',
    published: '2025-08-12',
    events: [],
    note: 'no event',
  },
]
