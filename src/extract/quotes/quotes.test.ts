import { describe, expect, it } from 'vitest'
import { docOf, textOf } from '../../../test/helpers.js'
import { loadLexicon } from '../../lexicon/index.js'
import { extractEntities } from '../entities/index.js'
import { extractTimexes } from '../timexes/index.js'
import { extractQuotes, findQuotedSpans } from './index.js'

function quotes(text: string, lang: 'en' | 'es' = 'en') {
  const doc = docOf(text, lang)
  const lex = loadLexicon(lang)
  const quoted = findQuotedSpans(text, lex.speech.dialogueDash)
  const timexes = extractTimexes(doc, lex)
  const layer = extractEntities(doc, lex, quoted, timexes)
  return extractQuotes(doc, lex, layer, quoted, timexes).map((q) => ({
    text: textOf(doc, q),
    kind: q.kind,
    speaker: layer.entities.find((e) => e.id === q.speaker)?.name ?? q.speakerName,
    cue: q.cue?.lemma ?? null,
  }))
}

describe('direct quotes (en)', () => {
  it.each([
    [
      '“We will not accept it,” said Foreign Minister Carla Ortiz.',
      'We will not accept it,',
      'Carla Ortiz',
    ],
    [
      '“The deal is done,” Economist Pablo Reyes told reporters.',
      'The deal is done,',
      'Pablo Reyes',
    ],
    [
      'Minister Carla Ortiz said: “Nothing has been signed yet.”',
      'Nothing has been signed yet.',
      'Carla Ortiz',
    ],
    [
      'Analyst Pablo Reyes met the envoy. "It went badly," he said.',
      'It went badly,',
      'Pablo Reyes',
    ],
    [
      'Rupert Halloway runs the airline. "We are checking our options," Mr Halloway told the BBC.',
      'We are checking our options,',
      'Rupert Halloway',
    ],
    [
      '"We are checking our options," Rupert Halloway, an airline spokesman told the BBC.',
      'We are checking our options,',
      'Rupert Halloway',
    ],
    [
      'Banker Paul Quigley spoke first. "They were careless," Quigley recently said.',
      'They were careless,',
      'Paul Quigley',
    ],
    [
      'Fans waited. "The industry will work with the artists," according to media strategist Glen Yarrow.',
      'The industry will work with the artists,',
      'Glen Yarrow',
    ],
    [
      'Drummer Lars Mullan echoed those sentiments: "We want to be on the radio."',
      'We want to be on the radio.',
      'Lars Mullan',
    ],
    [
      'The broadcaster met the regulator. A spokesperson said: "It was a useful meeting."',
      'It was a useful meeting.',
      'spokesperson',
    ],
    [
      'The band played in Rome. "I did not like the cameras," the Glass Harbour singer told reporters.',
      'I did not like the cameras,',
      'the Glass Harbour singer',
    ],
    [
      '"The deal will collapse within a year," one of the analysts said.',
      'The deal will collapse within a year,',
      'analysts',
    ],
    [
      '"A lot of people want the club to stay local," Rio Ferdinand told the BBC.',
      'A lot of people want the club to stay local,',
      'Rio Ferdinand',
    ],
    [
      '"Exports will suffer," said Norbank economist Lidia Costa.',
      'Exports will suffer,',
      'Lidia Costa',
    ],
    [
      '"Exports will suffer," said the director of the central bank, Lidia Costa.',
      'Exports will suffer,',
      'Lidia Costa',
    ],
  ])('%s', (text, said, speaker) => {
    expect(quotes(text)).toContainEqual(
      expect.objectContaining({ text: said, kind: 'direct', speaker }),
    )
  })

  it('describes an unnamed speaker, and keeps the listener apart', () => {
    const q = quotes(
      'Senator Ana Beltrán visited the valley. “The water is gone and nobody answers,” said a local farmer on Monday. “We will see about that,” said the mayor to reporters.',
    )
    expect(q.map((x) => x.speaker)).toEqual(['a local farmer', 'the mayor'])
  })

  it('never gives a quotation that ends its sentence to a new statement after it', () => {
    const q = quotes(
      'Prosecutor Ana Beltrán said: "Every firm should take note." The company says it has changed its ways. "We will appeal." Marcos Paz said on Monday.',
    )
    expect(q.filter((x) => x.kind === 'direct').map((x) => x.speaker)).toEqual([
      'Ana Beltrán',
      'Marcos Paz',
    ])
  })

  it('gives the second half of a split quote to the same speaker', () => {
    const q = quotes(
      '“We talked for an hour,” said Senator Ana Beltrán. “It was a frank conversation about the border.”',
    )
    expect(q.map((x) => x.speaker)).toEqual(['Ana Beltrán', 'Ana Beltrán'])
  })

  it('leaves scare quotes alone', () => {
    expect(quotes('The minister called the plan “reckless” and left.')).toEqual([])
  })

  it('reads transcript turns', () => {
    const q = quotes(
      'The host is Elena Vidal. Her guest is Marcos Paz, an economist.\n\nVIDAL: What changed this year?\n\nPAZ: Prices rose and exports fell, so farmers are angry.',
    )
    expect(q).toContainEqual(
      expect.objectContaining({
        text: 'Prices rose and exports fell, so farmers are angry.',
        speaker: 'Marcos Paz',
      }),
    )
  })
})

describe('indirect speech (en)', () => {
  it('reads a complement clause without "that" from the parse', () => {
    expect(
      quotes('Interior Minister Ana Ruiz claimed the smugglers had crossed the border twice.'),
    ).toEqual([
      {
        text: 'the smugglers had crossed the border twice',
        kind: 'indirect',
        speaker: 'Ana Ruiz',
        cue: 'claim',
      },
    ])
  })

  it("reads the verb after an appositive as the speaker's own, not an inverted attribution", () => {
    const q = quotes(
      'Lidia Costa, chief economist at Norbank, said she believed rates would stay on hold.',
    )
    expect(q).toEqual([
      expect.objectContaining({
        text: 'she believed rates would stay on hold',
        speaker: 'Lidia Costa',
      }),
    ])
  })

  it('takes "he" up from the subject, not from an owner named before it', () => {
    const q = quotes(
      "Minister Hugo Brand spoke. Formerly one of Mr Brand's closest aides, Ed Bowles hinted at a giveaway. He said he hoped more would be done.",
    )
    expect(q.find((x) => x.text === 'he hoped more would be done')?.speaker).toBe('Ed Bowles')
  })

  it.each([
    [
      'Economist Pablo Reyes said that the tariffs would hurt exporters in both countries.',
      'the tariffs would hurt exporters in both countries',
      'Pablo Reyes',
      'say',
    ],
    [
      'According to historian Marta Solís, the alliance will not survive the next election.',
      'the alliance will not survive the next election',
      'Marta Solís',
      'according to',
    ],
    [
      'The embargo will hurt farmers first, according to analysts.',
      'The embargo will hurt farmers first',
      'analysts',
      'according to',
    ],
    [
      'For sociologist Iván Mora, the protests show a deep distrust of the courts.',
      'the protests show a deep distrust of the courts',
      'Iván Mora',
      'for',
    ],
    [
      'In the long run, analyst Pablo Reyes warned, the dispute will poison trade talks.',
      'the dispute will poison trade talks',
      'Pablo Reyes',
      'warn',
    ],
    [
      'The two governments agreed on Wednesday to tighten controls along the border, said Foreign Minister Elena Ruiz.',
      'The two governments agreed on Wednesday to tighten controls along the border',
      'Elena Ruiz',
      'say',
    ],
    [
      'Historian Marta Solís believes that the treaty was signed too quickly by both sides.',
      'the treaty was signed too quickly by both sides',
      'Marta Solís',
      'believe',
    ],
  ])('%s', (text, said, speaker, cue) => {
    expect(quotes(text)).toContainEqual({ text: said, kind: 'indirect', speaker, cue })
  })

  it('stops the content before an adjunct', () => {
    const [q] = quotes(
      'President Lucía Ferrer said that she spoke with the prime minister, not only to thank him but also to plan a visit.',
    )
    expect(q?.text).toBe('she spoke with the prime minister')
  })

  it('makes reported speech with a quoted fragment mixed', () => {
    const [q] = quotes(
      'Analyst Pablo Reyes said that the accord was “a necessary first step” toward peace.',
    )
    expect(q).toMatchObject({ kind: 'mixed', speaker: 'Pablo Reyes' })
  })

  it('needs "that" after a verb whose object is the listener', () => {
    expect(quotes('Minister Carla Ortiz told the committee about the budget.')).toEqual([])
  })

  it('reads a short complement the parse shows to be a clause', () => {
    expect(quotes('Spokesman Omar Haidari claimed 40 were dead.')[0]).toMatchObject({
      speaker: 'Omar Haidari',
      text: '40 were dead',
    })
  })

  it('reads a report without "that" before a second one with it', () => {
    const [q] = quotes(
      'Minister Carla Ortiz underlined they keep the border open for trade and that she would be glad to visit.',
    )
    expect(q).toMatchObject({ speaker: 'Carla Ortiz', text: 'they keep the border open for trade' })
  })

  it('gives reported speech to an unnamed person its role introduces, named without the article', () => {
    expect(
      quotes('According to a court clerk, the hearing would be held in the first week of May.')[0],
    ).toMatchObject({
      speaker: 'court clerk',
      text: 'the hearing would be held in the first week of May',
    })
    expect(
      quotes('The talks will resume in the spring, a senior Chilean official said.')[0],
    ).toMatchObject({
      speaker: 'senior Chilean official',
      text: 'The talks will resume in the spring',
    })
  })

  it('gives a quotation to an unnamed speaker by role on either side of the verb after it', () => {
    const found = quotes(
      'Prices fell. "It is falling fast," said one trader. "It is not that we are indifferent," one Bombay trader said this week.',
    )
    expect(found.map((q) => q.speaker)).toEqual(['one trader', 'one Bombay trader'])
  })

  it('gives "it said" to the organisation last named, and to no one without one', () => {
    const [q] = quotes(
      'Goldman Sachs cut its forecast on Monday. "The outlook has worsened sharply this year," it said in a note.',
    )
    expect(q?.speaker).toBe('Goldman Sachs')
    const [r] = quotes('John Smith spoke. "The outlook has worsened sharply this year," it said.')
    expect(r?.speaker).toBeNull()
  })

  it('passes an affiliation set off after the speaker’s name', () => {
    const [q] = quotes(
      'Analysts were worried. "Such a writeback is a surprise," Simon Wheatley, from Goldman Sachs, told Reuters.',
    )
    expect(q?.speaker).toBe('Simon Wheatley')
  })

  it('gives both halves of a split quotation to a speaker named after the verb', () => {
    const found = quotes('"The plan," said John Smith, "will fail within a year."')
    expect(found.map((q) => q.speaker)).toEqual(['John Smith', 'John Smith'])
  })

  it('does not look for a speaker past a semicolon', () => {
    const found = quotes(
      'John Kowalski said the mayor required resuscitation; Radio Baltyk reported he received surgery.',
    )
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['the mayor required resuscitation', 'John Kowalski'],
      ['he received surgery', 'Radio Baltyk'],
    ])
  })

  it('leaves a quotation to the verb before it when the next verb opens its own', () => {
    const found = quotes(
      'Prime Minister Anna Kowalska tweeted "We are with the mayor in our prayers." President Jan Nowak remarked, "Today I am with him."',
    )
    expect(found.map((q) => q.speaker)).toEqual(['Anna Kowalska', 'Jan Nowak'])
  })

  it('takes the name set off after a body for the person its role phrase describes', () => {
    const [q] = quotes(
      'The director of Amnesty International, Mariela Belski, said the president had heard the demands of women.',
    )
    expect(q?.speaker).toBe('Mariela Belski')
  })

  it('takes a document’s source from "by" after it or a role before it', () => {
    const found = quotes(
      'According to a poll published by NBC News last week, most voters favoured the plan. According to a whistle-blower complaint, the president may have misused his office.',
    )
    expect(found.map((q) => q.speaker)).toEqual(['NBC News', 'whistle-blower'])
    const [dated] = quotes(
      'According to a March 14, 2019 NATO press release, Hungary spent 1.15% of its GDP on defence.',
    )
    expect(dated?.speaker).toBe('NATO')
  })

  it('reads a clause whose subject the parse took for the verb’s object', () => {
    const found = quotes(
      'Gáspár Maróth said the bid won. Maróth noted the military had been effectively disarmed by 2010. The commissioner stated the purchase was financed by a loan.',
    )
    expect(found.map((q) => q.text)).toEqual([
      'the bid won',
      'the military had been effectively disarmed by 2010',
      'the purchase was financed by a loan',
    ])
  })

  it('takes "the minister" for the person named before, not a new unnamed speaker', () => {
    const found = quotes(
      'Minister Carla Ortiz visited the port. The minister said that exports would grow next year.',
    )
    expect(found.map((q) => q.speaker)).toEqual(['Carla Ortiz'])
  })

  it('gives a quotation that goes on from reported content to the same speaker', () => {
    const found = quotes(
      'Minister Carla Ortiz told local radio the mayor\'s heart was restarted by surgeons "and there is hope, but his condition is grave."',
    )
    expect(found.map((q) => [q.kind, q.speaker])).toEqual([
      ['indirect', 'Carla Ortiz'],
      ['direct', 'Carla Ortiz'],
    ])
  })

  it('reads a second report after "and that" with the first one\'s speaker', () => {
    const found = quotes(
      'Minister Carla Ortiz underlined they keep the border open for trade and that she would be "very glad" to visit.',
    )
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['they keep the border open for trade', 'Carla Ortiz'],
      ['she would be "very glad" to visit', 'Carla Ortiz'],
    ])
  })

  it('takes a finite verb the parse hung on the object as the reported clause', () => {
    const [q] = quotes('The daily Diario Sur noted the purchase appeared to bypass the ministry.')
    expect(q).toMatchObject({ text: 'the purchase appeared to bypass the ministry' })
  })

  it('does not take the object of a verb of saying for reported speech', () => {
    expect(
      quotes('The ministry of Defence maintains a policy of not naming the officers.'),
    ).toEqual([])
    expect(
      quotes('Analyst Pablo Reyes predicted a sharp drop in prices over the next year.'),
    ).toEqual([])
  })

  it('reads "according to X" that ends the sentence without a comma', () => {
    const [q] = quotes('Police detained the driver near the central market according to police.')
    expect(q).toMatchObject({
      text: 'Police detained the driver near the central market',
      speaker: 'police',
    })
  })

  it('reads the report before a cue set off by commas when a conjunction follows it', () => {
    const found = quotes(
      'The mine will stay open until June, Minister Carla Ortiz said, and the workers will be paid in full.',
    )
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['The mine will stay open until June', 'Carla Ortiz'],
      ['the workers will be paid in full', 'Carla Ortiz'],
    ])
    const [r] = quotes(
      'The mayor approved the payments, according to prosecutors, but the council has not seen them.',
    )
    expect(r).toMatchObject({ text: 'The mayor approved the payments', speaker: 'prosecutors' })
  })
})

describe('quotes (es)', () => {
  const text =
    'Según el historiador Tomás Echeverría, profesor de la Universidad de Panamá, el acuerdo podría fracasar a largo plazo. “Nadie nos consultó”, dijo el historiador a la prensa. El mandatario panameño Omar Rosales aseguró que su gobierno no firmará nada. «Es una decisión soberana», afirmó la ministra Ana Quirós.'
  const q = quotes(text, 'es')

  it.each([
    ['el acuerdo podría fracasar a largo plazo', 'indirect', 'Tomás Echeverría'],
    ['Nadie nos consultó', 'direct', 'Tomás Echeverría'],
    ['su gobierno no firmará nada', 'indirect', 'Omar Rosales'],
    ['Es una decisión soberana', 'direct', 'Ana Quirós'],
  ])('%s → %s by %s', (said, kind, speaker) => {
    expect(q).toContainEqual(expect.objectContaining({ text: said, kind, speaker }))
  })
})

describe('speakers left to the verb or the person in view (es)', () => {
  it.each([
    [
      // A pronominal speech verb after the quotation.
      'Diego Marín habló con la prensa. «Fue el error más grande de mi vida», se confiesa Marín en la entrevista.',
      'Fue el error más grande de mi vida',
      'Diego Marín',
    ],
    [
      // A connector before a verb with no subject.
      'El escritor Mario Vélez habló en Madrid. Sin embargo, comentó: «Tenemos una obligación adquirida».',
      'Tenemos una obligación adquirida',
      'Mario Vélez',
    ],
    [
      // A bare verb and a colon.
      'El escritor Mario Vélez habló en Madrid.\n\nEl público aplaudió largamente.\n\nProsiguió: «Ahora hay unas elecciones mucho más libres».',
      'Ahora hay unas elecciones mucho más libres',
      'Mario Vélez',
    ],
  ])('%s', (text, said, speaker) => {
    expect(quotes(text, 'es')).toContainEqual(expect.objectContaining({ text: said, speaker }))
  })
})

describe('titles before a name (es)', () => {
  it('reads the owner of a speech noun after the quotation', () => {
    const [q] = quotes(
      '«La frontera seguirá abierta para el comercio», fue el comentario del reverendo Tomás Ibarra.',
      'es',
    )
    expect(q?.speaker).toBe('Tomás Ibarra')
  })

  it('gives a quotation with no cue to the speaker whose words were last reported', () => {
    const found = quotes(
      '«Nos vamos mañana», dijo el presidente Luis Arce. Para la diputada Ana Paz, fue un error. «Ese viaje no le sirve al país ni a nadie en el gobierno».',
      'es',
    )
    expect(found.at(-1)?.speaker).toBe('Ana Paz')
  })

  it('takes a definite role with no name for the person in view', () => {
    const found = quotes(
      'La secretaria de Comercio, Ana Paz, habló el martes. La secretaria agregó que no quería adelantarse a los gobernadores. «Va a ser largo», dijo la secretaria.',
      'es',
    )
    expect(found.map((q) => q.speaker)).toEqual(['Ana Paz', 'Ana Paz'])
  })

  it('passes a fronted clause before a verb with no subject', () => {
    const found = quotes(
      'La ministra Ana Paz visitó el puerto. Cuando le preguntaron por los aranceles, respondió: «Estamos negociando».',
      'es',
    )
    expect(found.at(-1)).toMatchObject({ text: 'Estamos negociando', speaker: 'Ana Paz' })
  })

  it('reads a modifier after the title, and never gives a plural title to one person', () => {
    const q = quotes(
      'El entrenador del equipo local, Iván Roca, pidió calma. «Han sido mejores», reconoció el entrenador azulgrana Pau Serrat. Los equipos de los entrenadores respondieron que no habrá cambios.',
      'es',
    )
    expect(q).toContainEqual(
      expect.objectContaining({ text: 'Han sido mejores', speaker: 'Pau Serrat' }),
    )
    expect(q.find((x) => x.text === 'no habrá cambios')?.speaker).not.toBe('Iván Roca')
  })
})

function esQuotes(text: string) {
  return quotes(text, 'es').map(({ text, speaker }) => [text, speaker])
}

describe('dialogue dashes (es)', () => {
  it('gives both halves of a dialogue paragraph to the speaker the aside names', () => {
    expect(
      esQuotes(
        'Llegamos al mercado al amanecer.\n\n—Nadie vino a ayudarnos —dice Rosa Almeida, que cultiva maíz desde niña—. Ahora solo esperamos la lluvia.',
      ),
    ).toEqual([
      ['Nadie vino a ayudarnos', 'Rosa Almeida'],
      ['Ahora solo esperamos la lluvia.', 'Rosa Almeida'],
    ])
  })

  it('reads the speaker from an aside whose verb is no speech verb', () => {
    expect(
      esQuotes(
        '—¿Permisos? —se queja Tomás Ibarra, un camionero de la costa—. Aquí nadie pide nada.',
      ),
    ).toContainEqual(['¿Permisos?', 'Tomás Ibarra'])
  })

  it('gives an aside without a name to the person in view', () => {
    expect(
      esQuotes(
        'Al caer la tarde, Rosa Almeida guarda sus herramientas.\n\n—¿Volverá mañana?\n\n—Si no llueve —contesta—. Y si llueve, también.',
      ),
    ).toEqual(
      expect.arrayContaining([
        ['Si no llueve', 'Rosa Almeida'],
        ['Y si llueve, también.', 'Rosa Almeida'],
      ]),
    )
  })
})

describe('speech verbs without a subject (es)', () => {
  it.each([
    [
      'La jueza Carmen Solano recibió a la prensa en su despacho. «No hay pruebas suficientes para seguir», afirmó.',
      'No hay pruebas suficientes para seguir',
      'Carmen Solano',
    ],
    [
      'El economista Andrés Villegas aseguró que la inflación bajará este año. «Los precios ya se estabilizaron», añadió mientras salía.',
      'Los precios ya se estabilizaron',
      'Andrés Villegas',
    ],
    [
      'El pescador Julián Mora volvió al puerto sin captura. Dice que el mar está vacío desde hace meses.',
      'el mar está vacío desde hace meses',
      'Julián Mora',
    ],
  ])('%s', (text, said, speaker) => {
    expect(esQuotes(text)).toContainEqual([said, speaker])
  })

  it.each([
    [
      '«Nadie se quedará sin atención», ha señalado la ministra de Sanidad, Lucía Prieto, en el Congreso.',
      'Lucía Prieto',
    ],
    [
      '«Votaremos en contra del plan», ha dicho su portavoz, Diego Arce, tras la reunión.',
      'Diego Arce',
    ],
    [
      '«Los datos no cuadran con lo que dice el ministerio», dijo una portavoz de la Organización Mundial de la Salud.',
      'World Health Organization',
    ],
  ])('finds the speaker behind a role and its body: %s', (text, speaker) => {
    expect(quotes(text, 'es')[0]?.speaker).toBe(speaker)
  })

  it('takes "a periodistas" after the verb for the listeners, not the speaker', () => {
    expect(
      esQuotes(
        'La canciller Rosa Villalba recibió a la prensa. «Nuestra mano está tendida», afirmó a periodistas.',
      ),
    ).toEqual([['Nuestra mano está tendida', 'Rosa Villalba']])
  })

  it('describes an unnamed speaker after the verb instead of borrowing the last one', () => {
    const q = quotes(
      'La jueza Carmen Solano habló primero. «Es un abuso que nadie quiere reconocer», dijo el vecino que presentó la queja. «Es más barato y dura más», dijo una consumidora al diario.',
      'es',
    )
    expect(q.map((x) => x.speaker)).toEqual(['el vecino', 'una consumidora'])
  })

  it('never takes a date after the verb for its subject', () => {
    const q = quotes(
      'La jueza Carmen Solano habló el lunes. «No hay pruebas suficientes para seguir», dijo el martes.',
      'es',
    )
    expect(q.map((x) => x.speaker)).toEqual(['Carmen Solano'])
  })
})

describe('indirect speech (es)', () => {
  it.each([
    [
      'La socióloga Elena Marín estudia la migración desde hace años. A su juicio, las remesas seguirán creciendo durante la próxima década.',
      'las remesas seguirán creciendo durante la próxima década',
      'Elena Marín',
      'a su criterio',
    ],
    [
      'La ministra Sara Peña afirmó este martes que el acuerdo comercial se firmará pronto.',
      'el acuerdo comercial se firmará pronto',
      'Sara Peña',
      'afirmar',
    ],
    [
      'Según los expertos consultados, la sequía reducirá las cosechas del próximo año.',
      'la sequía reducirá las cosechas del próximo año',
      'expertos',
      'según',
    ],
    [
      'El politólogo Andrés Quiroga habló con la prensa. No obstante, el académico advirtió que las reformas llegarán tarde.',
      'las reformas llegarán tarde',
      'Andrés Quiroga',
      'advertir',
    ],
    [
      'El secretario de Seguridad, Iván Soto, viajó a la frontera. Según el funcionario, los cruces ilegales bajaron este mes.',
      'los cruces ilegales bajaron este mes',
      'Iván Soto',
      'según',
    ],
    [
      'Los dos gobiernos acordaron reforzar los controles en la frontera, informó la ministra Sara Peña en un comunicado.',
      'Los dos gobiernos acordaron reforzar los controles en la frontera',
      'Sara Peña',
      'informar',
    ],
    [
      'La ministra Sara Peña dijo que el puerto abrirá, aunque reconoció que faltan permisos.',
      'faltan permisos',
      'Sara Peña',
      'reconocer',
    ],
  ])('%s', (text, said, speaker, cue) => {
    expect(quotes(text, 'es')).toContainEqual({ text: said, kind: 'indirect', speaker, cue })
  })

  it('reads the subject after the verb of a "según" clause', () => {
    const [q] = quotes(
      'La oposición acusó al Gobierno de usar la justicia contra sus líderes, según han declarado por separado el expresidente Jorge Quesada y dos senadores.',
      'es',
    )
    expect(q).toMatchObject({ speaker: 'Jorge Quesada' })
  })

  it('starts the content after an aside that names the speaker’s view', () => {
    const [q] = quotes(
      'El analista Pablo Reyes apuntó que, a su juicio, el acuerdo llega tarde.',
      'es',
    )
    expect(q).toMatchObject({ speaker: 'Pablo Reyes', text: 'el acuerdo llega tarde' })
  })

  it('takes the occasion of speaking for no object', () => {
    expect(
      esQuotes(
        'La ministra Sara Peña aseguró en una entrevista con una radio local que el puerto abrirá en mayo.',
      ),
    ).toEqual([['el puerto abrirá en mayo', 'Sara Peña']])
  })

  it('reads a subject after the verb, before "que"', () => {
    expect(
      esQuotes(
        'El pescador Julián Mora volvió al puerto. Aseguró el alcalde Pedro Ruiz que el muelle será reparado.',
      ),
    ).toEqual([['el muelle será reparado', 'Pedro Ruiz']])
  })

  it('gives no speaker in view to a verb with an unnamed subject after it', () => {
    expect(
      esQuotes(
        'El pescador Julián Mora volvió al puerto. Dice la leyenda que el mar se llevó el pueblo entero.',
      ),
    ).toEqual([])
  })

  it('ends the content before a second speech verb of the same speaker', () => {
    expect(
      esQuotes(
        'El senador Luis Ortega cree que la reforma llega tarde y advierte que el texto necesita cambios profundos.',
      ),
    ).toEqual([
      ['la reforma llega tarde', 'Luis Ortega'],
      ['el texto necesita cambios profundos', 'Luis Ortega'],
    ])
  })

  it('takes a relative "que" after an article for no report', () => {
    expect(
      quotes(
        'Los presidentes Luis Ortega y Sara Peña sostuvieron una reunión en la que repasaron la agenda de seguridad regional.',
        'es',
      ),
    ).toEqual([])
  })

  it('reads a speech noun as the verb’s object, and its "que" as relative, with no preposition before it', () => {
    expect(
      quotes(
        'Horas antes, la ministra Ana Ruiz tuiteó un comentario de un pastor que provocó críticas.',
        'es',
      ),
    ).toEqual([])
    const [q] = quotes(
      'Ana Ruiz aseguró en una entrevista con una radio que el plan fracasará.',
      'es',
    )
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', text: 'el plan fracasará' })
  })

  it('gives quotation paragraphs after a colon to the person in view', () => {
    const found = quotes(
      'La fotógrafa Ana Ruiz vive en Alepo. Su testimonio prescinde de todo comentario:\n«Cuando estalló la revuelta, yo tenía casi veinte años y estudiaba.»\n«Al año siguiente, la ciudad quedó dividida en dos partes.»',
      'es',
    )
    expect(found.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz'])
  })

  it('gives a speech verb joined to an earlier one the same speaker', () => {
    const found = quotes(
      'La secretaria Kirstjen Nielsen habló el miércoles. La secretaria agregó que no quería adelantarse a los gobernadores, pero dijo que sería similar a los esfuerzos del pasado.',
      'es',
    )
    expect(found.map((q) => q.speaker)).toEqual(['Kirstjen Nielsen', 'Kirstjen Nielsen'])
  })

  it('takes a short quotation that is a sentence of its own for its speaker’s next words', () => {
    const found = quotes(
      '«Los planes avanzan según lo previsto», dijo Ana Ortiz. «No daré más detalles hoy». El acto terminó. «Sin comentarios».',
      'es',
    )
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['Los planes avanzan según lo previsto', 'Ana Ortiz'],
      ['No daré más detalles hoy', 'Ana Ortiz'],
    ])
  })

  it('passes an indirect-object clitic before the verb, and reads espetar and justificar', () => {
    const found = quotes(
      '«El Papa está muy contento», le aseguró Ana Ortiz. «Quienes quebrantan la ley deben pagar», espetó el presidente Luis Ortega. «Nos quedaremos solos», ha justificado la portavoz Sara Peña.',
      'es',
    )
    expect(found.map((q) => q.speaker)).toEqual(['Ana Ortiz', 'Luis Ortega', 'Sara Peña'])
  })

  it('passes a date between the verb and "que"', () => {
    const [q] = quotes(
      'El ministro de Defensa Padrino López señaló el pasado 13 de septiembre que las panaderías deben cerrar.',
      'es',
    )
    expect(q).toMatchObject({ speaker: 'Padrino López', text: 'las panaderías deben cerrar' })
  })

  it('lets the nearer speech verb own the "que"', () => {
    const q = quotes(
      'Una portavoz del Banco Mundial, que pidió el anonimato, explicó que los envíos seguirán suspendidos.',
      'es',
    )
    expect(q.map((x) => [x.text, x.cue])).toEqual([['los envíos seguirán suspendidos', 'explicar']])
  })

  it('reads a quotation after "que" as direct speech', () => {
    expect(
      quotes(
        'El alcalde Ramón Quiroga pide a los vecinos y a las empresas que «no malgasten el agua».',
        'es',
      ),
    ).toContainEqual(
      expect.objectContaining({
        text: 'no malgasten el agua',
        kind: 'direct',
        speaker: 'Ramón Quiroga',
      }),
    )
  })
})

describe('quotes after a name and a colon', () => {
  it('gives a headline quotation to the name before the colon', () => {
    expect(
      esQuotes(
        'Rosa Almeida: «Nadie vino a ayudarnos»\n\nLa agricultora Rosa Almeida vive en el valle desde hace treinta años.',
      ),
    ).toContainEqual(['Nadie vino a ayudarnos', 'Rosa Almeida'])
  })
})

describe('interviews', () => {
  it('gives the answers to the person the introduction names, and leaves the questions out', () => {
    const q = esQuotes(
      'Lucía Ferrán: «El mar ya no alcanza para todos»\n\nLucía Ferrán pesca en el golfo desde los quince años. Ferrán preside hoy la cooperativa del puerto.\n\nP. ¿Cómo ha cambiado la pesca?\n\nR. Hay menos peces y más barcos. Los jóvenes se van a la ciudad.\n\nPregunta: ¿Qué espera del gobierno?\n\nRespuesta: Que escuche antes de decidir.',
    )
    expect(q).toEqual([
      ['El mar ya no alcanza para todos', 'Lucía Ferrán'],
      ['Hay menos peces y más barcos. Los jóvenes se van a la ciudad.', 'Lucía Ferrán'],
      ['Que escuche antes de decidir.', 'Lucía Ferrán'],
    ])
  })

  it('reads Q: and A: turns in English', () => {
    const q = quotes(
      'Marco Diaz has farmed rice for forty years. Diaz now leads a growers’ union.\n\nQ: What changed this year?\n\nA: Water got scarce and prices fell.',
    )
    expect(q).toContainEqual(
      expect.objectContaining({ text: 'Water got scarce and prices fell.', speaker: 'Marco Diaz' }),
    )
  })
})

describe('sources that stand aside', () => {
  it('gives "according to X, Y said that …" to Y', () => {
    const found = quotes(
      'According to the Financial Times, finance chief Pablo Reyes said that the bank is "looking at every offer" this year.',
    )
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['the bank is "looking at every offer" this year', 'Pablo Reyes'],
    ])
  })

  it('keeps "according to X" when the verb after it reports nothing', () => {
    const [q] = quotes('According to the World Bank, firms added only 146,000 jobs in January.')
    expect(q).toMatchObject({
      text: 'firms added only 146,000 jobs in January',
      cue: 'according to',
    })
  })

  it('finds the person after a long title in "para …, Name,"', () => {
    expect(
      esQuotes(
        'Para el líder de la oposición demócrata en el Senado, Chuck Schumer, resulta "muy preocupante" lo impreciso del acuerdo.',
      ),
    ).toEqual([['resulta "muy preocupante" lo impreciso del acuerdo', 'Chuck Schumer']])
  })

  it('reads people of a country opened by a quantifier as a group that speaks', () => {
    expect(
      esQuotes('Muchos venezolanos aseguraron a la prensa que han perdido peso este año.'),
    ).toEqual([['han perdido peso este año', 'venezolanos']])
    expect(
      quotes('Many Venezuelans told reporters that prices had doubled since May.').map(
        (q) => q.speaker,
      ),
    ).toEqual(['venezuelans'])
  })

  it('lets a fronted date stand before a verb whose subject is the person in view', () => {
    expect(
      esQuotes(
        'El ministro Vladimir Padrino López visitó el puerto. El pasado 5 de septiembre informó que se anularon los intermediarios.',
      ),
    ).toEqual([['se anularon los intermediarios', 'Vladimir Padrino López']])
  })
})

describe('reports that end where another speaker starts', () => {
  it('ends the content at "and" with a new speaker and verb of saying', () => {
    const found = quotes(
      'Minister Carla Ortiz said prices had doubled since May and several analysts said the rise would slow.',
    )
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['prices had doubled since May', 'Carla Ortiz'],
      ['the rise would slow', 'analysts'],
    ])
  })

  it('reads "call for X to …" as a report of what the speaker asks', () => {
    const [q] = quotes(
      'Minister Carla Ortiz has called for member states to raise military spending.',
    )
    expect(q).toMatchObject({
      text: 'member states to raise military spending',
      speaker: 'Carla Ortiz',
      cue: 'call for',
    })
    expect(quotes('Minister Carla Ortiz called for calm after the vote.')).toEqual([])
  })
})

describe('countries and seats of government as speakers', () => {
  it('gives a report to the country whose name or government is its subject', () => {
    const found = quotes(
      'Mexico said that the deployment would damage relations. The Mexican government said that talks would go on. Officials in Kabul said the attack killed twelve people.',
    )
    expect(found.map((q) => q.speaker)).toEqual(['Mexico', 'Mexico', 'officials'])
    expect(
      esQuotes('El gobierno de México dijo que el despliegue dañaría la relación bilateral.'),
    ).toEqual([['el despliegue dañaría la relación bilateral', 'México']])
  })
})

describe('a lead of quotations named after them', () => {
  it('gives the quotations to the person of the sentence that speaks of their words', () => {
    expect(
      esQuotes(
        '"Vamos a firmar un gran acuerdo". "Es una mujer muy capaz" que "quiere a su país". Estas son algunas de las palabras que Gustavo Petro ha dedicado a la ministra.',
      ),
    ).toEqual([
      ['Vamos a firmar un gran acuerdo', 'Gustavo Petro'],
      ['Es una mujer muy capaz', 'Gustavo Petro'],
      ['quiere a su país', 'Gustavo Petro'],
    ])
  })

  it('does not take the next speaker a verb introduces for the one before', () => {
    const found = quotes(
      '"There is still a long way to go before the deal is signed." Finance Minister Carla Ortiz said the fund would be affordable.',
    )
    expect(found[0]).toMatchObject({ speaker: null })
  })
})

describe('sources named through a document or a group', () => {
  it('finds the person after titles in "a statement by …"', () => {
    const [q] = quotes(
      'The mayor apologised during the hearing, which the council accepted according to a statement by the Presidential Spokesperson Carla Ortiz.',
    )
    expect(q).toMatchObject({ speaker: 'Carla Ortiz', cue: 'according to' })
  })

  it('gives "several said …" to the group that last spoke in the paragraph', () => {
    const found = quotes(
      'Some of the protesters said they had come to defend their jobs. One interviewee said prices rose and several said they wanted the politicians to listen.',
    )
    expect(found.at(-1)).toMatchObject({
      text: 'they wanted the politicians to listen',
      speaker: 'protesters',
    })
  })
})

describe('names that hold a verb of saying', () => {
  it('does not read "Said" inside a name as the verb', () => {
    expect(
      quotes('On Friday, Qaboos bin Said, the long-serving ruler of Oman, died aged 79.'),
    ).toEqual([])
  })
})
