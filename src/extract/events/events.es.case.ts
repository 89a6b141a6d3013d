/**
 * Spanish event-coding cases: short news sentences in Spanish, each with the events a careful
 * coder would list, coded the same way as the English table (README.md). They test what Spanish
 * does differently: conjugated and pronominal verbs ("se reunieron"), clitics ("lo felicitó"),
 * the personal "a" ("criticó a Petro"), subjects after the verb, dropped subjects, "ser" passives
 * with "por", future and conditional tenses, and "ambos" / "los dos" for a pair named before.
 */
import type { EventCase } from './events.en.case.js'

export const ES_EVENT_CASES: EventCase[] = [
  // ── plain: one actor acts on another ───────────────────────────────────────────────────────
  // CONSULT
  {
    text: 'Claudia Sheinbaum se reunió con Gustavo Petro en Bogotá el martes.',
    published: '2025-06-11',
    events: [{ source: 'MEX', target: 'COL', plover: 'CONSULT' }],
    note: 'plain',
  },
  {
    text: 'Marco Rubio visitó Panamá en su primera gira como secretario de Estado.',
    published: '2025-02-03',
    events: [{ source: 'USA', target: 'PAN', plover: 'CONSULT' }],
    note: 'plain',
  },
  {
    text: 'Lula habló por teléfono con Emmanuel Macron sobre el acuerdo comercial.',
    published: '2025-06-20',
    events: [{ source: 'BRA', target: 'FRA', plover: 'CONSULT' }],
    note: 'plain',
  },
  {
    text: 'Pedro Sánchez viajó a Pekín para reunirse con Xi Jinping.',
    published: '2025-04-12',
    events: [
      { source: 'ESP', target: 'CHN', plover: 'CONSULT' },
      { source: 'ESP', target: 'CHN', plover: 'CONSULT' },
    ],
    note: 'plain',
  },
  {
    text: 'Irán negoció con Estados Unidos en Omán durante el fin de semana.',
    published: '2025-04-14',
    events: [{ source: 'IRN', target: 'USA', plover: 'CONSULT' }],
    note: 'plain',
  },
  {
    text: 'El presidente Luis Abinader recibió a Marco Rubio en Santo Domingo.',
    published: '2025-02-07',
    events: [{ source: 'DOM', target: 'USA', plover: 'CONSULT' }],
    note: 'plain',
  },
  {
    text: 'Javier Milei sostuvo una reunión con Benjamin Netanyahu en Jerusalén.',
    published: '2025-06-12',
    events: [{ source: 'ARG', target: 'ISR', plover: 'CONSULT' }],
    note: 'plain',
  },
  // SUPPORT
  {
    text: 'Javier Milei elogió a Donald Trump durante un discurso en Buenos Aires.',
    published: '2025-03-02',
    events: [{ source: 'ARG', target: 'USA', plover: 'SUPPORT' }],
    note: 'plain',
  },
  {
    text: 'Pedro Sánchez felicitó a Yamandú Orsi por su victoria electoral.',
    published: '2025-03-02',
    events: [{ source: 'ESP', target: 'URY', plover: 'SUPPORT' }],
    note: 'plain',
  },
  {
    text: 'Chile y Argentina firmaron un acuerdo de cooperación energética.',
    published: '2025-05-20',
    events: [{ source: 'CHL', target: 'ARG', plover: 'SUPPORT' }],
    note: 'coordination',
  },
  {
    text: 'Guatemala firmó un acuerdo con Estados Unidos en el que se comprometió a recibir a solicitantes de asilo.',
    published: '2025-05-20',
    events: [{ source: 'GTM', target: 'USA', plover: 'SUPPORT' }],
    note: 'agreement terms',
  },
  {
    text: 'Paraguay suscribió un convenio con Brasil por el cual promete vender energía a São Paulo.',
    published: '2025-05-20',
    events: [{ source: 'PRY', target: 'BRA', plover: 'SUPPORT' }],
    note: 'agreement terms',
  },
  {
    text: 'Gustavo Petro respaldó a Lula en la disputa con Washington.',
    published: '2025-07-20',
    events: [{ source: 'COL', target: 'BRA', plover: 'SUPPORT' }],
    note: 'plain',
  },
  // AGREE
  {
    text: 'Honduras se comprometió a aceptar más vuelos con deportados desde Estados Unidos.',
    published: '2025-02-06',
    events: [{ source: 'HND', target: 'USA', plover: 'AGREE' }],
    note: 'plain',
  },
  {
    text: 'Nayib Bukele prometió a Marco Rubio cooperación en materia migratoria.',
    published: '2025-02-04',
    events: [{ source: 'SLV', target: 'USA', plover: 'AGREE' }],
    note: 'plain',
  },
  {
    text: 'Colombia y Ecuador acordaron reforzar la vigilancia en la frontera.',
    published: '2025-05-10',
    events: [{ source: 'COL', target: 'ECU', plover: 'AGREE' }],
    note: 'coordination',
  },
  // COOPERATE
  {
    text: 'México extraditó a un narcotraficante a Estados Unidos el jueves.',
    published: '2025-03-01',
    events: [{ source: 'MEX', target: 'USA', plover: 'COOPERATE' }],
    note: 'plain',
  },
  {
    text: 'Colombia cooperará con Ecuador en la lucha contra el narcotráfico.',
    published: '2025-05-10',
    events: [{ source: 'COL', target: 'ECU', plover: 'COOPERATE', hypothetical: true }],
    note: 'hypothetical',
  },
  // AID
  {
    text: 'España envió ayuda humanitaria a Cuba tras el paso del huracán.',
    published: '2025-10-31',
    events: [{ source: 'ESP', target: 'CUB', plover: 'AID' }],
    note: 'plain',
  },
  {
    text: 'Brasil donó alimentos a Haití la semana pasada.',
    published: '2025-04-10',
    events: [{ source: 'BRA', target: 'HTI', plover: 'AID' }],
    note: 'plain',
  },
  // CONCEDE
  {
    text: 'Panamá cedió ante las presiones de Estados Unidos sobre el canal.',
    published: '2025-02-05',
    events: [{ source: 'PAN', target: 'USA', plover: 'CONCEDE' }],
    note: 'plain',
  },
  // RETREAT
  {
    text: 'Venezuela liberó a seis estadounidenses después de la visita del enviado.',
    published: '2025-02-01',
    events: [{ source: 'VEN', target: 'USA', plover: 'RETREAT' }],
    note: 'plain',
  },
  {
    text: 'Rusia retiró sus tropas de la frontera con Ucrania.',
    published: '2025-05-02',
    events: [{ source: 'RUS', target: 'UKR', plover: 'RETREAT' }],
    note: 'plain',
  },
  // REQUEST
  {
    text: 'Volodímir Zelenski pidió a Alemania más sistemas de defensa aérea.',
    published: '2025-05-28',
    events: [{ source: 'UKR', target: 'DEU', plover: 'REQUEST' }],
    note: 'plain',
  },
  {
    text: 'Cuba exigió a Estados Unidos el fin del embargo.',
    published: '2025-03-15',
    events: [{ source: 'CUB', target: 'USA', plover: 'REQUEST' }],
    note: 'plain',
  },
  // ACCUSE
  {
    text: 'Nicolás Maduro acusó a Colombia de proteger a grupos armados.',
    published: '2025-03-10',
    events: [{ source: 'VEN', target: 'COL', plover: 'ACCUSE' }],
    note: 'plain',
  },
  {
    text: 'Gustavo Petro criticó a Donald Trump por las deportaciones.',
    published: '2025-01-27',
    events: [{ source: 'COL', target: 'USA', plover: 'ACCUSE' }],
    note: 'plain',
  },
  {
    text: 'Lula condenó el ataque de Israel contra Irán.',
    published: '2025-06-14',
    events: [{ source: 'BRA', target: 'ISR', plover: 'ACCUSE' }],
    note: 'plain',
  },
  // REJECT
  {
    text: 'Brasil rechazó la propuesta de Argentina sobre el arancel externo común.',
    published: '2025-07-04',
    events: [{ source: 'BRA', target: 'ARG', plover: 'REJECT' }],
    note: 'plain',
  },
  {
    text: 'Dinamarca rechazó la oferta de Estados Unidos por Groenlandia.',
    published: '2025-01-10',
    events: [{ source: 'DNK', target: 'USA', plover: 'REJECT' }],
    note: 'plain',
  },
  // THREATEN
  {
    text: 'Donald Trump amenazó con imponer aranceles a Colombia.',
    published: '2025-01-27',
    events: [{ source: 'USA', target: 'COL', plover: 'THREATEN' }],
    note: 'plain',
  },
  {
    text: 'Corea del Norte amenazó a Corea del Sur con una respuesta militar.',
    published: '2025-03-11',
    events: [{ source: 'PRK', target: 'KOR', plover: 'THREATEN' }],
    note: 'plain',
  },
  // PROTEST
  {
    text: 'Manifestantes venezolanos protestaron frente a la embajada de Estados Unidos.',
    published: '2025-03-20',
    events: [{ source: 'VEN', target: 'USA', plover: 'PROTEST' }],
    note: 'plain',
  },
  // SANCTION
  {
    text: 'Colombia rompió relaciones diplomáticas con Israel en mayo.',
    published: '2024-05-03',
    events: [{ source: 'COL', target: 'ISR', plover: 'SANCTION' }],
    note: 'plain',
  },
  {
    text: 'Nicaragua expulsó al embajador de Brasil.',
    published: '2024-08-09',
    events: [{ source: 'NIC', target: 'BRA', plover: 'SANCTION' }],
    note: 'plain',
  },
  {
    text: 'Estados Unidos suspendió la ayuda militar a Ucrania.',
    published: '2025-03-04',
    events: [{ source: 'USA', target: 'UKR', plover: 'SANCTION' }],
    note: 'plain',
  },
  // MOBILIZE
  {
    text: 'Estados Unidos desplegó buques de guerra frente a las costas de Venezuela.',
    published: '2025-08-30',
    events: [{ source: 'USA', target: 'VEN', plover: 'MOBILIZE' }],
    note: 'plain',
  },
  // COERCE
  {
    text: 'Estados Unidos impuso aranceles a México en marzo.',
    published: '2025-03-05',
    events: [{ source: 'USA', target: 'MEX', plover: 'COERCE' }],
    note: 'plain',
  },
  {
    text: 'Venezuela detuvo a dos ciudadanos colombianos en la frontera.',
    published: '2025-03-05',
    events: [{ source: 'VEN', target: 'COL', plover: 'COERCE' }],
    note: 'plain',
  },
  // ASSAULT
  {
    text: 'Rusia bombardeó Kiev durante la noche del domingo.',
    published: '2025-04-28',
    events: [{ source: 'RUS', target: 'UKR', plover: 'ASSAULT' }],
    note: 'plain',
  },
  {
    text: 'Israel atacó instalaciones nucleares de Irán.',
    published: '2025-06-13',
    events: [{ source: 'ISR', target: 'IRN', plover: 'ASSAULT' }],
    note: 'plain',
  },

  // ── inflection: tenses and persons beyond the simple past ──────────────────────────────────
  {
    text: 'Sheinbaum y Trump se reunirán en Washington el próximo mes.',
    published: '2025-06-01',
    events: [{ source: 'MEX', target: 'USA', plover: 'CONSULT', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Petro ha criticado muchas veces la política antidrogas del gobierno estadounidense.',
    published: '2025-05-01',
    events: [{ source: 'COL', target: 'USA', plover: 'ACCUSE' }],
    note: 'plain',
  },
  {
    text: 'Lula visitaba Chile cuando se conoció la noticia.',
    published: '2025-04-22',
    events: [{ source: 'BRA', target: 'CHL', plover: 'CONSULT' }],
    note: 'plain',
  },
  {
    text: 'Gustavo Petro había visitado Caracas antes de las elecciones.',
    published: '2025-01-20',
    events: [{ source: 'COL', target: 'VEN', plover: 'CONSULT' }],
    note: 'plain',
  },
  {
    text: 'Días después de que Guatemala aceptara los vuelos, Rubio visitó Ciudad de Guatemala.',
    published: '2025-02-06',
    events: [{ source: 'USA', target: 'GTM', plover: 'CONSULT' }],
    note: 'plain',
  },

  // ── clitics and pronominal verbs ───────────────────────────────────────────────────────────
  {
    text: 'Gustavo Petro recibió a Lula en Bogotá y lo felicitó por la cumbre.',
    published: '2025-04-10',
    events: [
      { source: 'COL', target: 'BRA', plover: 'CONSULT' },
      { source: 'COL', target: 'BRA', plover: 'SUPPORT' },
    ],
    note: 'clitic',
  },
  {
    text: 'Claudia Sheinbaum habló con Justin Trudeau y le pidió unidad frente a los aranceles.',
    published: '2025-02-10',
    events: [
      { source: 'MEX', target: 'CAN', plover: 'CONSULT' },
      { source: 'MEX', target: 'CAN', plover: 'REQUEST' },
    ],
    note: 'clitic',
  },
  {
    text: 'Gustavo Petro se reunió con Lula en Brasilia. Petro le pidió ayuda para la Amazonia.',
    published: '2025-04-10',
    events: [
      { source: 'COL', target: 'BRA', plover: 'CONSULT' },
      { source: 'COL', target: 'BRA', plover: 'REQUEST' },
    ],
    note: 'clitic before a verb-and-object pattern ("pedir ayuda")',
  },
  {
    text: 'Milei viajó a Washington para reunirse con Donald Trump.',
    published: '2025-04-10',
    events: [
      { source: 'ARG', target: 'USA', plover: 'CONSULT' },
      { source: 'ARG', target: 'USA', plover: 'CONSULT' },
    ],
    note: 'clitic',
  },
  {
    text: 'Bukele se entrevistó con Marco Rubio en San Salvador.',
    published: '2025-02-04',
    events: [{ source: 'SLV', target: 'USA', plover: 'CONSULT' }],
    note: 'clitic',
  },

  // ── negation and refusal ───────────────────────────────────────────────────────────────────
  {
    text: 'Lula no se reunió con Javier Milei durante la cumbre.',
    published: '2025-07-04',
    events: [{ source: 'BRA', target: 'ARG', plover: 'CONSULT', negated: true }],
    note: 'negation',
  },
  {
    text: 'Gustavo Petro no visitó Caracas en todo el año.',
    published: '2025-12-01',
    events: [{ source: 'COL', target: 'VEN', plover: 'CONSULT', negated: true }],
    note: 'negation',
  },
  {
    text: 'México nunca criticó a Cuba por las detenciones.',
    published: '2025-03-01',
    events: [{ source: 'MEX', target: 'CUB', plover: 'ACCUSE', negated: true }],
    note: 'negation',
  },
  {
    text: 'Venezuela no ha liberado a los presos estadounidenses.',
    published: '2025-03-01',
    events: [{ source: 'VEN', target: 'USA', plover: 'RETREAT', negated: true }],
    note: 'negation',
  },
  {
    text: 'Colombia se negó a extraditar al exguerrillero a Estados Unidos.',
    published: '2025-03-01',
    events: [{ source: 'COL', target: 'USA', plover: 'REJECT' }],
    note: 'refusal',
  },
  {
    text: 'Brasil se negó a negociar con Venezuela.',
    published: '2025-03-01',
    events: [{ source: 'BRA', target: 'VEN', plover: 'REJECT' }],
    note: 'refusal',
  },
  {
    text: 'Panamá no reconoce la reelección de Nicolás Maduro.',
    published: '2025-01-12',
    events: [{ source: 'PAN', target: 'VEN', plover: 'REJECT' }],
    note: 'refusal',
  },

  // ── hypothetical: future, conditional, modal, intent, condition ────────────────────────────
  {
    text: 'Lula visitará China en mayo.',
    published: '2025-03-01',
    events: [{ source: 'BRA', target: 'CHN', plover: 'CONSULT', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'España podría enviar tropas a Ucrania si hay un alto el fuego.',
    published: '2025-03-01',
    events: [{ source: 'ESP', target: 'UKR', plover: 'MOBILIZE', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Javier Milei planea visitar Israel en junio.',
    published: '2025-03-01',
    events: [{ source: 'ARG', target: 'ISR', plover: 'CONSULT', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Estados Unidos va a imponer nuevas sanciones a Venezuela.',
    published: '2025-03-01',
    events: [{ source: 'USA', target: 'VEN', plover: 'COERCE', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Si no hay acuerdo, Estados Unidos impondrá aranceles a México.',
    published: '2025-03-01',
    events: [{ source: 'USA', target: 'MEX', plover: 'COERCE', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Gustavo Petro se reuniría con Nicolás Maduro en la frontera.',
    published: '2025-03-01',
    events: [{ source: 'COL', target: 'VEN', plover: 'CONSULT', hypothetical: true }],
    note: 'hypothetical',
  },
  {
    text: 'Daniel Noboa quiere firmar un acuerdo de libre comercio con Canadá.',
    published: '2025-03-01',
    events: [{ source: 'ECU', target: 'CAN', plover: 'SUPPORT', hypothetical: true }],
    note: 'hypothetical',
  },

  // ── passive: "ser" + participle, the "por" phrase is the source ────────────────────────────
  {
    text: 'El narcotraficante fue extraditado a Estados Unidos por México.',
    published: '2025-03-01',
    events: [{ source: 'MEX', target: 'USA', plover: 'COOPERATE' }],
    note: 'passive',
  },
  {
    text: 'Gustavo Petro fue criticado por Marco Rubio tras su discurso.',
    published: '2025-09-27',
    events: [{ source: 'USA', target: 'COL', plover: 'ACCUSE' }],
    note: 'passive',
  },
  {
    text: 'Los migrantes guatemaltecos fueron deportados por Estados Unidos desde Texas.',
    published: '2025-03-01',
    events: [{ source: 'USA', target: 'GTM', plover: 'COERCE' }],
    note: 'passive',
  },
  {
    text: 'Nayib Bukele fue felicitado por Donald Trump en la Casa Blanca.',
    published: '2025-04-15',
    events: [{ source: 'USA', target: 'SLV', plover: 'SUPPORT' }],
    note: 'passive',
  },
  {
    text: 'Kiev fue bombardeada por Rusia durante la madrugada.',
    published: '2025-04-28',
    events: [{ source: 'RUS', target: 'UKR', plover: 'ASSAULT' }],
    note: 'passive',
  },

  // ── coordination and pairs ─────────────────────────────────────────────────────────────────
  {
    text: 'Lula y Petro se reunieron en Santa Marta.',
    published: '2025-04-10',
    events: [{ source: 'BRA', target: 'COL', plover: 'CONSULT' }],
    note: 'coordination',
  },
  {
    text: 'Claudia Sheinbaum y Donald Trump hablaron por teléfono el lunes.',
    published: '2025-02-04',
    events: [{ source: 'MEX', target: 'USA', plover: 'CONSULT' }],
    note: 'coordination',
  },
  {
    text: 'El presidente de Chile, Gabriel Boric, y su homóloga de Perú, Dina Boluarte, firmaron un acuerdo fronterizo.',
    published: '2025-05-10',
    events: [{ source: 'CHL', target: 'PER', plover: 'SUPPORT' }],
    note: 'coordination',
  },
  {
    text: 'Boric y Petro hablaron por teléfono. Ambos presidentes acordaron reunirse en julio.',
    published: '2025-06-01',
    events: [
      { source: 'CHL', target: 'COL', plover: 'CONSULT' },
      { source: 'CHL', target: 'COL', plover: 'AGREE' },
    ],
    note: 'reciprocal',
  },
  {
    text: 'Gustavo Petro recibió a Daniel Noboa en Bogotá. Los dos gobiernos firmaron un acuerdo de seguridad.',
    published: '2025-05-10',
    events: [
      { source: 'COL', target: 'ECU', plover: 'CONSULT' },
      { source: 'COL', target: 'ECU', plover: 'SUPPORT' },
    ],
    note: 'reciprocal',
  },

  // ── subject after the verb, dropped subjects ───────────────────────────────────────────────
  {
    text: 'El lunes se reunieron en la capital brasileña Lula y Gabriel Boric.',
    published: '2025-04-22',
    events: [{ source: 'BRA', target: 'CHL', plover: 'CONSULT' }],
    note: 'subject after verb',
  },
  {
    text: 'Criticó el gobierno venezolano a Colombia por el cierre de la frontera.',
    published: '2025-03-01',
    events: [{ source: 'VEN', target: 'COL', plover: 'ACCUSE' }],
    note: 'subject after verb',
  },
  {
    text: 'Javier Milei llegó a Washington el lunes. Se reunió con Donald Trump en la Casa Blanca.',
    published: '2025-04-10',
    events: [
      { source: 'ARG', target: 'USA', plover: 'CONSULT' },
      { source: 'ARG', target: 'USA', plover: 'CONSULT' },
    ],
    note: 'pro-drop',
  },
  {
    text: 'Gustavo Petro habló ante la ONU. Después acusó a Estados Unidos de bombardear lanchas.',
    published: '2025-09-24',
    events: [{ source: 'COL', target: 'USA', plover: 'ACCUSE' }],
    note: 'pro-drop',
  },
  {
    text: 'Sheinbaum anunció que México enviará diez mil soldados a la frontera con Estados Unidos.',
    published: '2025-02-04',
    events: [{ source: 'MEX', target: 'USA', plover: 'MOBILIZE', hypothetical: true }],
    note: 'nested speech',
  },

  // ── nested speech ──────────────────────────────────────────────────────────────────────────
  {
    text: 'Marco Rubio dijo que Venezuela había liberado a seis estadounidenses.',
    published: '2025-02-01',
    events: [{ source: 'VEN', target: 'USA', plover: 'RETREAT' }],
    note: 'nested speech',
  },
  {
    text: 'Zelenski afirmó que Rusia atacó centrales eléctricas de Ucrania.',
    published: '2025-03-08',
    events: [{ source: 'RUS', target: 'UKR', plover: 'ASSAULT' }],
    note: 'nested speech',
  },
  {
    text: 'Petro aseguró que Colombia extraditaría al sospechoso a Estados Unidos.',
    published: '2025-03-01',
    events: [{ source: 'COL', target: 'USA', plover: 'COOPERATE', hypothetical: true }],
    note: 'nested speech',
  },
  {
    text: 'Sheinbaum dijo que México no romperá relaciones con Estados Unidos.',
    published: '2025-03-10',
    events: [
      { source: 'MEX', target: 'USA', plover: 'SANCTION', negated: true, hypothetical: true },
    ],
    note: 'nested speech',
  },
  {
    text: 'Donald Trump anunció que impondría aranceles al acero brasileño.',
    published: '2025-07-12',
    events: [{ source: 'USA', target: 'BRA', plover: 'THREATEN' }],
    note: 'nested speech',
  },
  {
    text: 'Lula explicó que Brasil había rechazado la petición de Estados Unidos.',
    published: '2025-05-27',
    events: [{ source: 'BRA', target: 'USA', plover: 'REJECT' }],
    note: 'nested speech',
  },

  // ── titles, demonyms and descriptions ──────────────────────────────────────────────────────
  {
    text: 'El gobierno mexicano criticó a Ecuador por el asalto a su embajada.',
    published: '2024-04-07',
    events: [{ source: 'MEX', target: 'ECU', plover: 'ACCUSE' }],
    note: 'title',
  },
  {
    text: 'El canciller de Japón agradeció el apoyo del gobierno filipino.',
    published: '2025-05-14',
    events: [{ source: 'JPN', target: 'PHL', plover: 'SUPPORT' }],
    note: 'title',
  },
  {
    text: 'El canciller de Venezuela, Yván Gil, acusó al gobierno colombiano de injerencia.',
    published: '2025-03-01',
    events: [{ source: 'VEN', target: 'COL', plover: 'ACCUSE' }],
    note: 'title',
  },
  {
    text: 'Marco Rubio visitó El Salvador. En San Salvador, el secretario de Estado elogió a Nayib Bukele.',
    published: '2025-02-04',
    events: [
      { source: 'USA', target: 'SLV', plover: 'CONSULT' },
      { source: 'USA', target: 'SLV', plover: 'SUPPORT' },
    ],
    note: 'title',
  },
  {
    text: 'Pedro Sánchez llegó a Marruecos el martes y visitó el país durante tres días.',
    published: '2025-04-10',
    events: [
      { source: 'ESP', target: 'MAR', plover: 'CONSULT' },
      { source: 'ESP', target: 'MAR', plover: 'CONSULT' },
    ],
    note: 'title',
  },
  {
    text: 'Estados Unidos habló con Guatemala sobre los vuelos. Más tarde México deportó a cien ciudadanos de ese país.',
    published: '2025-02-06',
    events: [
      { source: 'USA', target: 'GTM', plover: 'CONSULT' },
      { source: 'MEX', target: 'GTM', plover: 'COERCE' },
    ],
    note: 'title',
  },

  // ── nominal events ─────────────────────────────────────────────────────────────────────────
  {
    text: 'Durante la visita de Lula a Pekín, Brasil firmó quince acuerdos con China.',
    published: '2025-05-14',
    events: [
      { source: 'BRA', target: 'CHN', plover: 'CONSULT' },
      { source: 'BRA', target: 'CHN', plover: 'SUPPORT' },
    ],
    note: 'two clauses',
  },
  {
    text: 'Tras la reunión de Petro con Maduro, los camioneros celebraron en Cúcuta.',
    published: '2025-03-01',
    events: [{ source: 'COL', target: 'VEN', plover: 'CONSULT' }],
    note: 'two clauses',
  },

  // ── two clauses ────────────────────────────────────────────────────────────────────────────
  {
    text: 'Donald Trump impuso aranceles a Canadá, pero una semana después concedió una prórroga de un mes.',
    published: '2025-03-12',
    events: [
      { source: 'USA', target: 'CAN', plover: 'COERCE' },
      { source: 'USA', target: 'CAN', plover: 'CONCEDE' },
    ],
    note: 'two clauses',
  },
  {
    text: 'Panamá rompió relaciones con Taiwán en 2017 y reconoció a China.',
    published: '2017-06-14',
    events: [
      { source: 'PAN', target: 'TWN', plover: 'SANCTION' },
      { source: 'PAN', target: 'CHN', plover: 'SUPPORT' },
    ],
    note: 'two clauses',
  },
  {
    text: 'Lula criticó a Israel y pidió a la ONU una investigación.',
    published: '2025-05-20',
    events: [
      { source: 'BRA', target: 'ISR', plover: 'ACCUSE' },
      { source: 'BRA', target: null, plover: 'REQUEST' },
    ],
    note: 'two clauses',
  },

  // ── bilateral acts whose other side goes unsaid, complements, clauses of their own ─────────
  {
    text: 'Colombia protestó por las nuevas restricciones. Venezuela cerró la frontera durante las elecciones.',
    published: '2025-03-01',
    events: [{ source: 'VEN', target: 'COL', plover: 'COERCE' }],
    note: 'counterpart',
  },
  {
    text: 'Argentina rompió relaciones con Irán en 1994. Años después los dos países restablecieron relaciones.',
    published: '2025-03-01',
    events: [
      { source: 'ARG', target: 'IRN', plover: 'SANCTION' },
      { source: 'ARG', target: 'IRN', plover: 'SUPPORT' },
    ],
    note: 'reciprocal',
  },
  {
    text: 'España y Marruecos acordaron reabrir la frontera y reforzar la cooperación policial.',
    published: '2022-04-08',
    events: [{ source: 'ESP', target: 'MAR', plover: 'AGREE' }],
    note: 'coordination',
  },
  {
    text: 'Rusia amenazó con atacar Kiev si Ucrania recibe misiles de largo alcance.',
    published: '2025-03-01',
    events: [{ source: 'RUS', target: 'UKR', plover: 'THREATEN' }],
    note: 'hypothetical',
  },
  {
    text: 'Estados Unidos pidió a Venezuela que liberara a los presos políticos.',
    published: '2025-03-01',
    events: [{ source: 'USA', target: 'VEN', plover: 'REQUEST' }],
    note: 'nested speech',
  },
  {
    text: 'El primer ministro de Canadá se reunió con el presidente de Francia en París.',
    published: '2025-03-17',
    events: [{ source: 'CAN', target: 'FRA', plover: 'CONSULT' }],
    note: 'title',
  },
  {
    text: 'Las autoridades de Panamá detuvieron a tres ciudadanos chinos en el canal.',
    published: '2025-03-01',
    events: [{ source: 'PAN', target: 'CHN', plover: 'COERCE' }],
    note: 'title',
  },
  {
    text: 'Brasil recibió a Milei con honores. Al día siguiente, Lula lo criticó por sus declaraciones.',
    published: '2025-07-05',
    events: [
      { source: 'BRA', target: 'ARG', plover: 'CONSULT' },
      { source: 'BRA', target: 'ARG', plover: 'ACCUSE' },
    ],
    note: 'clitic',
  },
  {
    text: 'Chile y Perú firmaron ayer en Lima un tratado de límites marítimos.',
    published: '2025-03-01',
    events: [{ source: 'CHL', target: 'PER', plover: 'SUPPORT' }],
    note: 'coordination',
  },
  {
    text: 'México no extraditará a Ovidio Guzmán a Estados Unidos, dijo el canciller mexicano.',
    published: '2023-01-10',
    events: [
      { source: 'MEX', target: 'USA', plover: 'COOPERATE', negated: true, hypothetical: true },
    ],
    note: 'negation',
  },

  {
    text: 'El Kremlin acusó a Ucrania de sabotear las negociaciones.',
    published: '2025-07-08',
    events: [{ source: 'RUS', target: 'UKR', plover: 'ACCUSE' }],
    note: 'title',
  },
  {
    text: 'Rusia lanzó anoche cien drones contra ciudades ucranianas.',
    published: '2025-07-08',
    events: [{ source: 'RUS', target: 'UKR', plover: 'ASSAULT' }],
    note: 'plain',
  },
  {
    text: 'Pedro Sánchez fue recibido por el rey Mohamed VI en Rabat.',
    published: '2025-04-10',
    events: [{ source: 'MAR', target: 'ESP', plover: 'CONSULT' }],
    note: 'passive',
  },

  // ── no event ───────────────────────────────────────────────────────────────────────────────
  {
    text: 'La economía de México creció un dos por ciento en el primer trimestre.',
    published: '2025-05-01',
    events: [],
    note: 'no event',
  },
  {
    text: 'Gustavo Petro habló ante el Congreso de Colombia sobre la reforma laboral.',
    published: '2025-03-01',
    events: [],
    note: 'no event',
  },
  {
    text: 'Sheinbaum visitó Oaxaca para inaugurar un hospital.',
    published: '2025-03-01',
    events: [],
    note: 'no event',
  },
  {
    text: 'El debate sobre las relaciones con Estados Unidos dividió al Congreso de Brasil.',
    published: '2025-03-01',
    events: [],
    note: 'no event',
  },
  {
    text: 'Lula dijo que la reunión con los gobernadores fue productiva.',
    published: '2025-03-01',
    events: [],
    note: 'no event',
  },
  {
    text: 'El precio del petróleo venezolano cayó tras el anuncio.',
    published: '2025-03-01',
    events: [],
    note: 'no event',
  },
  {
    text: 'Lula advirtió sobre los riesgos de una guerra comercial.',
    published: '2025-04-03',
    events: [],
    note: 'no event',
  },
  {
    text: 'El canciller venezolano dijo que el gobierno colombiano es culpable de la crisis en la frontera.',
    published: '2025-05-14',
    events: [{ source: 'VEN', target: 'COL', plover: 'ACCUSE' }],
    note: 'nested speech',
  },
  {
    text: 'El ministro dijo que la situación en la frontera es grave.',
    published: '2025-05-14',
    events: [],
    note: 'no event',
  },
  {
    text: 'La oposición venezolana denunció la detención del diputado Juan Requesens en Caracas.',
    published: '2018-08-10',
    events: [
      { source: 'VEN', target: 'VEN', plover: 'ACCUSE' },
      { source: 'VEN', target: 'VEN', plover: 'COERCE' },
    ],
    note: 'plain',
  },
  {
    text: 'Pedro Sánchez se reúne con María Teresa Osorio en la Moncloa.',
    published: '2019-06-01',
    events: [{ source: 'ESP', target: 'ESP', plover: 'CONSULT' }],
    note: 'plain',
  },
  {
    text: 'La reforma provocó críticas de los senadores mexicanos.',
    published: '2023-05-01',
    events: [{ source: 'MEX', target: null, plover: 'ACCUSE' }],
    note: 'plain',
  },
  {
    text: 'Los deportados llegaron a San Salvador en un vuelo desde Texas.',
    published: '2025-03-01',
    events: [],
    note: 'no event',
  },
  {
    text: 'Bukele y Trump acordaron que sus equipos se reunirán en mayo.',
    published: '2025-04-15',
    events: [],
    note: 'no event',
  },
  {
    text: 'Rusia advirtió que responderá a cualquier ataque contra su territorio.',
    published: '2025-07-08',
    events: [],
    note: 'no event',
  },
  {
    text: 'El canciller peruano llegó a decir en Lima que Chile no cumplía los tratados.',
    published: '2018-06-01',
    events: [],
    note: 'no event',
  },
  {
    text: 'Miles de estudiantes venezolanos accedieron a las universidades de Colombia el año pasado.',
    published: '2018-06-01',
    events: [],
    note: 'no event',
  },
  {
    text: 'El presidente peruano reconoce los errores de su gobierno ante el embajador chileno.',
    published: '2018-06-01',
    events: [],
    note: 'no event',
  },
  {
    text: 'Chile debería abrir su frontera a los refugiados y apoyar a Ecuador en la crisis.',
    published: '2018-06-01',
    events: [],
    note: 'hypothetical',
  },
  {
    text: 'Colombia debe cerrar su frontera y expulsar a los diplomáticos venezolanos.',
    published: '2018-06-01',
    events: [],
    note: 'hypothetical',
  },
  {
    text: 'La ministra chilena permitió a los periodistas peruanos entrar en la sala.',
    published: '2018-06-01',
    events: [],
    note: 'no event',
  },
  {
    text: 'El Congreso peruano autorizó a la empresa chilena a operar en el puerto del Callao.',
    published: '2018-06-01',
    events: [],
    note: 'no event',
  },
  {
    text: 'Emmanuel Macron habló en París. Una carta de tres páginas advirtió a Angela Merkel de los peligros del acuerdo con Rusia.',
    published: '2018-06-01',
    events: [],
    note: 'no event',
  },
  {
    text: 'El Partido Popular votó a favor de la moción del Gobierno de Portugal.',
    published: '2018-06-01',
    events: [],
    note: 'no event',
  },
  {
    text: 'El gobierno colombiano desplegó una campaña contra Venezuela en las redes.',
    published: '2018-06-01',
    events: [],
    note: 'no event',
  },
]
