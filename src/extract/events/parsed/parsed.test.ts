import { describe, expect, it } from 'vitest'
import type { Lang } from '../../../doc/index.js'
import { loadSyntax } from '../../../syntax/annotate.js'
import type { Annotator } from '../../../syntax/layer.js'
import { analyzeArticle } from '../../pipeline.js'

/** Every event of a text as "SOURCE -> TARGET PLOVER", with the target's code or null. */
function events(text: string, lang: Lang = 'en'): string[] {
  const a = analyzeArticle({ origin: 'test', text }, { published: '2024-03-01', lang })
  return a.events.map((e) => `${e.sourceCode} -> ${e.targetCode} ${e.plover}`)
}

/**
 * The events of a one-sentence text read on a given tree ("form/UPOS/head/deprel" per
 * word), whatever the parser would make of it; FEATS and lemmas are the parser's.
 */
function eventsOnTree(text: string, lang: Lang, tree: string[]): string[] {
  const model = loadSyntax(lang)
  const given = tree.map((w) => w.split('/'))
  const annotator: Annotator = {
    annotate(forms) {
      const own = model.annotate(forms)
      if (forms.join(' ') !== given.map((w) => w[0]).join(' ')) return own
      return own.map((w, i) => {
        const [, upos = 'X', head = '0', deprel = 'dep'] = given[i] ?? []
        return { ...w, upos, head: Number(head), deprel }
      })
    },
  }
  const a = analyzeArticle({ origin: 'test', text }, { published: '2024-03-01', lang, annotator })
  return a.events.map((e) => `${e.sourceCode} -> ${e.targetCode} ${e.plover}`)
}

describe('events on the parse', () => {
  it('codes acts within one country, with the sectors role nouns give', () => {
    expect(events('Peruvian police arrested dozens of protesters in Lima on Tuesday.')).toContain(
      'PERCOP -> PEROPP COERCE',
    )
  })

  it('takes a light verb’s act from its event noun', () => {
    expect(events('The Chilean government issued a protest to Peru.')).toContain(
      'CHLGOV -> PER PROTEST',
    )
    expect(events('The Chilean government voiced support for Peru.')).toContain(
      'CHLGOV -> PER SUPPORT',
    )
  })

  it('reads the preposition an event noun takes, where the parse made it a participle’s mark', () => {
    expect(
      events(
        'Chilean judge Ana Ruiz issued a ruling against the Peruvian government finding that it had broken the treaty.',
      ),
    ).toContain('CHLJUD -> PERGOV REJECT')
  })

  it('takes the subject of a clause a passive is joined to, and the agent of its oblique', () => {
    const coded = events(
      'Because of its mining there, Chile is already under UN sanctions, and was condemned in a joint statement by Peru and Bolivia on May 3.',
    )
    expect(coded).toContain('PER -> CHL ACCUSE')
    expect(
      events('The Bolivian minister was arrested in a raid by Peruvian police on Monday.'),
    ).toContain('PERCOP -> BOLGOV COERCE')
  })

  it('takes each phrase of one preposition as a side ("met with the IMF, then with …")', () => {
    const coded = events(
      'Chilean President Gabriel Boric arrived in Washington. On Monday, Boric met with the World Bank, then with President Pedro Castillo.',
    )
    expect(coded).toEqual(
      expect.arrayContaining(['CHLGOV -> IGO CONSULT', 'CHLGOV -> PERGOV CONSULT']),
    )
  })

  it('aims a stand on a decision no name places at the home country of its source', () => {
    expect(
      events(
        'Peruvian President Pedro Castillo spoke in Lima on Monday. Peruvian senators voiced support for the impeachment inquiry.',
      ),
    ).toContain('PERLEG -> PER SUPPORT')
  })

  it('makes the sides of a joint act each other’s partner when no one else is named', () => {
    const coded = events('The agreement was signed in Lima by Chile and Peru on Monday.')
    expect(coded).toEqual(expect.arrayContaining([expect.stringMatching(/^CHL\w* -> PER\w* /)]))
    expect(coded).not.toEqual(expect.arrayContaining([expect.stringMatching(/-> null/)]))
  })

  it('places an article in the country where it happens, not the one its private lead is from', () => {
    expect(
      events(
        'An Australian, Mark Lee, appeared in a court in Wellington, New Zealand, on Monday. Mark Lee was charged with fraud. Police arrested the accused at his home in New Zealand. Mark Lee did not apply for bail.',
      ),
    ).toContain('NZLCOP -> AUS COERCE')
  })

  it('reads who backs whom in a compound of support ("Moscow-backed", "Iran-backed")', () => {
    expect(
      events("On Monday, Venezuela's Moscow-backed government expelled the Colombian ambassador."),
    ).toContain('RUSGOV -> VENGOV SUPPORT')
    expect(events('The Iran-backed Houthi rebels attacked Saudi Arabia on Monday.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^IRN -> \w+ SUPPORT$/)]),
    )
  })

  it('aims a protest at no one named at the government of the protesters’ own country', () => {
    expect(
      events(
        'President Pedro Castillo spoke in Lima. On Monday, thousands of Peruvian protesters marched in Lima.',
      ),
    ).toContain('PEROPP -> PERGOV PROTEST')
  })

  it('reads a quantity as the people it counts', () => {
    expect(events('A group of Bolivian senators condemned Chile on Monday.')).toContain(
      'BOLLEG -> CHL ACCUSE',
    )
  })

  it('codes the verbs the dictionaries leave uncoded from the project’s own entries', () => {
    expect(events('The Bolivian Senate rejected the Chilean proposal.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^BOL\w* -> \S+ REJECT$/)]),
    )
  })

  it('does not code the content of another verb as an act of its own', () => {
    expect(events('Ecuador agreed to send more troops to the Colombian border.')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/MOBILIZE|AID|ASSAULT/)]),
    )
  })

  it('reads no target into what the subject owns or a place of its own country', () => {
    expect(events('Israel withdrew its troops from the border area.')).not.toContain(
      'ISR -> ISRMIL RETREAT',
    )
    expect(events('Sheinbaum visitó Oaxaca el martes.', 'es')).toEqual([])
  })

  it('takes the passive’s agent as the source', () => {
    expect(events('Two Venezuelan diplomats were expelled by the Peruvian government.')).toContain(
      'PERGOV -> VEN COERCE',
    )
  })

  it('places unnamed parties and agentless acts of force in the article’s own country', () => {
    const text =
      'Peruvian police are in Lima. The mayor of Lima was stabbed on Monday. The commission condemned the network.'
    expect(events(text)).toEqual(['PER -> PERGOV ASSAULT', 'PER -> PER ACCUSE'])
    // Not every agentless passive is someone's act: who elected him is not said.
    expect(events('Peruvian police are in Lima. The mayor of Lima was elected in 2022.')).toEqual(
      [],
    )
  })

  it('reads a demonym before a party as its country', () => {
    expect(events('The Libyan commission condemned the Greek proposal on Monday.')).toContain(
      'LBY -> GRC ACCUSE',
    )
  })

  it('reads the one acted on in the complement of a verb with none of its own', () => {
    const text =
      'Peruvian police are in Lima. The commission refused to provide the network with a license.'
    expect(events(text)).toContain('PER -> PER REJECT')
  })

  it('reaches a party through what it owns', () => {
    const text =
      'Peruvian police are in Lima. The president threatened the network’s franchise renewal.'
    expect(events(text)).toContain('PERGOV -> PER THREATEN')
  })

  it('takes a light verb’s act from the noun its object is of', () => {
    const text =
      'Peruvian police are in Lima. The president sent a letter of support to the commission.'
    expect(events(text)).toContain('PERGOV -> PER SUPPORT')
  })

  it('codes a stand against something named with no one on the other side', () => {
    expect(events('The Libyan House of Representatives rejected the demarcation.')).toEqual([
      'LBY -> null REJECT',
    ])
    // Wanting or needing something is no stand: no event.
    expect(events('Peruvian exporters needed a market close to home.')).toEqual([])
  })

  it('prefers the project’s own entry of a plain verb to the dictionary’s bare one', () => {
    expect(events('Peruvian police are in Lima. The president sued the network.')).toContain(
      'PERGOV -> PER ACCUSE',
    )
  })

  it('takes a verb’s lemma from the conjugation tables where the lemmatiser’s is unknown', () => {
    // The lemmatiser reads "piden" as "pidir"; the tables know it as "pedir".
    const text =
      'La policía peruana está en Lima. Los senadores piden al gobierno la renuncia del ministro.'
    expect(events(text, 'es')).toContain('PERLEG -> PERGOV REQUEST')
  })

  it('does not lend a block’s pattern written for a sibling verb', () => {
    // CAMEO.2.0 wrote "- * REQUEST [030]" for "grant": issuing a request is no promise.
    expect(events('The Peruvian ministry issued a request to Chile on Monday.')).toEqual([
      'PERGOV -> CHL REQUEST',
    ])
  })

  it('codes a light verb’s event noun with no one on the other side', () => {
    const text =
      'Peruvian police are in Lima. The Bolivian minister sent a letter of support before the vote.'
    expect(events(text)).toContain('BOLGOV -> null SUPPORT')
  })

  it('takes an act from the project’s event nouns, on the one its preposition or indirect object names', () => {
    expect(
      events('Peruvian students gave the Chilean government an ultimatum on Monday.'),
    ).toContain('PEREDU -> CHLGOV THREATEN')
  })

  it('reads an order of an act as that act, and an order to someone as a demand', () => {
    expect(
      events('La fiscalía peruana ordenó la aprehensión de dos funcionarios.', 'es'),
    ).toContain('PERJUD -> PER COERCE')
    expect(
      events('Peruvian police are in Lima. The Bolivian government ordered the network to stop.'),
    ).toContain('BOLGOV -> PER REQUEST')
  })

  it('codes a show of force with no target, its forces being its means', () => {
    const text =
      'La policía peruana está en Lima. El presidente peruano desplegó 500 guardias en los estados fronterizos del norte.'
    expect(events(text, 'es')).toContain('PERGOV -> null MOBILIZE')
  })

  it('reads a counterpart as the government its demonym names, though “his”', () => {
    const text =
      'Trump está en Washington. El presidente estadounidense presionó a su homólogo ucraniano para investigar a Biden.'
    expect(events(text, 'es')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^USA\w* -> UKR REQUEST$/)]),
    )
  })

  it('reads a participle after a form of “ser” as a passive the parse left unmarked', () => {
    const text =
      'La policía peruana está en Lima. Otros dos ministros de su gobierno fueron detenidos el viernes por la tarde.'
    expect(events(text, 'es')).toContain('PER -> PERGOV COERCE')
  })

  it('does not code what a demand asks for as an act of its own', () => {
    expect(
      events('The Peruvian government demanded that Chile expel the Bolivian ambassador.'),
    ).toEqual(['PERGOV -> CHL REQUEST'])
  })

  it('reads an attack no weapon names, by lawmakers, parties or the press, as criticism', () => {
    const text = 'Peruvian police are in Lima. Peruvian lawmakers attacked the minister on Monday.'
    expect(events(text)).toEqual(['PERLEG -> PERGOV ACCUSE'])
  })

  it('codes no protest or cooperation stated in a that-clause', () => {
    const text =
      'Peruvian police are in Lima. The Peruvian opposition has demonstrated that the minister was wrong.'
    expect(events(text)).toEqual([])
  })

  it('reads “is to” with an infinitive as not yet done', () => {
    const text =
      'Peruvian police are in Lima. Peruvian students are to take part in the Chilean scheme.'
    expect(events(text)).toEqual([])
  })

  it('does not code what an accusation hangs on its object as an act', () => {
    const text =
      'Peruvian police are in Lima. Opposition parties accused the Peruvian government of making promises.'
    expect(events(text)).toEqual(['PEROPP -> PERGOV ACCUSE'])
  })

  it('leads a list of sides with its first, the second its partner', () => {
    expect(
      events(
        'On Monday, the delegations of Peru, Chile and Bolivia had met for their annual summit in Lima.',
      ),
    ).toEqual(['PER -> CHL CONSULT'])
    expect(
      events('El lunes, las delegaciones de Perú, Chile y Bolivia se reunieron en Lima.', 'es'),
    ).toEqual(['PER -> CHL CONSULT'])
  })

  it('takes the two sides of an act done between them, when no one is named doing it', () => {
    expect(
      events('A memorandum of understanding was signed between Peru and Chile in 2017.'),
    ).toEqual(['PER -> CHL SUPPORT'])
  })

  it('reads a crowd gathering or marching as a demonstration, also where the parse hung the verb on it', () => {
    const gathered =
      'Peruvian police are in Lima. Thousands of people had gathered outside the Congress on Monday.'
    expect(events(gathered)).toEqual(['PERPPL -> PERGOV PROTEST'])
    const marched =
      'Peruvian police are in Lima. Organizers say roughly one million people marched in Lima on Saturday.'
    expect(events(marched)).toEqual(['PERPPL -> PERGOV PROTEST'])
    expect(
      events('Peruvian police are in Lima. The ministers gathered in Lima on Monday.'),
    ).toEqual([])
  })

  it('codes no act alone from a pattern that asks only for some phrase after a preposition', () => {
    // Verbs_ESP: "terminar (con)" is a threat; a phrase with "con" that names no one is none.
    expect(
      events(
        'Con una beca de su familia, el estudiante peruano Pedro Ruiz terminó su carrera en Chile.',
        'es',
      ),
    ).toEqual([])
  })

  it('gives a passive joined to a clause the subject it shares', () => {
    const text =
      'The Chilean consul left Lima on Monday and was expelled by the Peruvian government.'
    expect(events(text)).toContain('PERGOV -> CHLGOV COERCE')
  })

  it('reads force used on a decision, a plan or words as criticism of its owner', () => {
    expect(events('Erdogan also attacked the proclamation by the United States.', 'en')).toEqual([
      'TURGOV -> USA ACCUSE',
    ])
    expect(events('The Peruvian president disqualified the war against gangs in Chile.')).toEqual([
      'PERGOV -> CHL ACCUSE',
    ])
  })

  it('reads an order a state body gives a private party of its own country as coercion', () => {
    const text =
      'Peruvian police are in Lima. The Peruvian government ordered the network to shut down.'
    expect(events(text)).toEqual(['PERGOV -> PER COERCE'])
    const firm = 'Peruvian police are in Lima. The manager ordered the network to shut down.'
    expect(events(firm)).not.toEqual(expect.arrayContaining([expect.stringMatching(/COERCE/)]))
  })

  it('codes no act from a gerund describing a noun, nor a sum as a side', () => {
    const text =
      'Peruvian police are in Lima. The bill allows people living in or visiting Peru to be sent to Chile.'
    expect(events(text)).not.toEqual(expect.arrayContaining([expect.stringMatching(/CONSULT/)]))
    expect(
      events('Trump had ordered his staff to delay around US$400 million in aid for Peru.'),
    ).not.toEqual(expect.arrayContaining([expect.stringMatching(/-> USA/)]))
  })

  it('gives a death toll no source, but an arrest the police of the article’s country', () => {
    const toll = 'Peruvian police are in Lima. More than 200 people were killed in Lima on Monday.'
    expect(events(toll)).toEqual([])
    const arrested = 'Peruvian police are in Lima. Two Peruvian ministers were arrested on Monday.'
    expect(events(arrested)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^PER\w* -> PER\w* COERCE$/)]),
    )
  })

  it('takes “the suspect” for the person the article is about', () => {
    const text =
      'A Bolivian, Juan Quispe, was charged in Lima on Monday. Quispe denied the charges. Peruvian police arrested the suspect on Sunday.'
    expect(events(text)).toEqual(['PERCOP -> BOL COERCE'])
  })

  it('codes an act on each of the sides joined as its object', () => {
    expect(events('Dina Boluarte condemned Chile and Bolivia on Monday.')).toEqual([
      'PERGOV -> CHL ACCUSE',
      'PERGOV -> BOL ACCUSE',
    ])
  })

  it('takes a subject “they” for the group the sentence before names', () => {
    const text =
      'Peruvian police are in Lima. Peruvian protesters marched on Sunday. They asked the Peruvian government to resign.'
    expect(events(text)).toContain('PEROPP -> PERGOV REQUEST')
    // What they asked for is not coded as done.
    expect(events(text)).not.toEqual(expect.arrayContaining([expect.stringMatching(/CONCEDE/)]))
  })

  it('reads an offensive into a country, a broadcaster shut down and a court’s order', () => {
    expect(events('Peru began a military offensive into northern Bolivia.')).toEqual([
      'PER -> BOL ASSAULT',
    ])
    expect(
      events('Peruvian police are in Lima. The Peruvian government shut down the network.'),
    ).toEqual(['PERGOV -> PER COERCE'])
    expect(events('A Peruvian court ordered President Dina Boluarte to testify.')).toEqual([
      'PERJUD -> PERGOV COERCE',
    ])
  })

  it('gives a refusal that names no one the appeal it answers', () => {
    const text =
      'Bolivia sent a request to the Peruvian embassy in La Paz. The Peruvian embassy declined the request.'
    expect(events(text)).toContain('PERGOV -> BOL REJECT')
  })

  it('codes a body of no one country under its sector, not the article’s home country', () => {
    const text = 'Peruvian police are in Lima. The European Union condemned Peru on Monday.'
    expect(events(text)).toEqual(['IGO -> PER ACCUSE'])
  })

  it('reads a meeting of two named sides, unless it is only planned', () => {
    expect(
      events(
        'During the trilateral meeting of Peru, Chile and Bolivia in 2016, a route was considered.',
      ),
    ).toEqual(['PER -> CHL CONSULT'])
    expect(
      events('A possible meeting of Peru and Chile in 2026 was mentioned by the minister.'),
    ).not.toContain('PER -> CHL CONSULT')
  })

  it('gives the surface coder’s events the sectors the parse reads', () => {
    expect(events('The Peruvian parliament condemned Chile on Monday.')).toEqual([
      'PERLEG -> CHL ACCUSE',
    ])
  })

  it('reads a label that blames or praises as criticism or praise of what it labels', () => {
    // The label need not be quoted, nor next to the verb; what it labels may be someone's.
    expect(
      events(
        'Chilean senator Ana Ruiz called Peruvian President Luis Ortega’s proposed border deal "lousy".',
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^CHL\w* -> PERGOV ACCUSE$/)]))
    expect(events('The Chilean president described Peru as a reliable partner.')).toContain(
      'CHLGOV -> PER SUPPORT',
    )
    expect(
      events('La canciller chilena calificó de ilegal la decisión del gobierno peruano.', 'es'),
    ).toContain('CHLGOV -> PERGOV ACCUSE')
    // A gerund adjoined to a clause labels what the clause is about.
    expect(
      events(
        'The Chilean minister commented on the Turkish-Libyan border agreement, calling it "ridiculous".',
      ),
    ).toContain('CHLGOV -> TUR ACCUSE')
    // An appeal is no label, whatever words its clause holds.
    expect(events('Chilean ministers called on Peru to halt its illegal fishing.')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/ACCUSE/)]),
    )
  })

  it('gives an adjoined gerund the clause’s subject, its mood, and no second act for the same one', () => {
    expect(
      events('The Chilean government sued the Peruvian network, accusing it of lying.'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^CHLGOV -> PER\w* /)]))
    expect(
      events('The Chilean government criticized Peru, accusing Peru of lying.').filter((e) =>
        e.endsWith('ACCUSE'),
      ),
    ).toHaveLength(1)
    expect(
      events('The Chilean Congress will spend months debating the Peruvian proposal.'),
    ).toEqual([])
  })

  it('reads a conjunct with no conjunction anywhere as an apposition', () => {
    expect(events('El canciller chileno, el portavoz del gobierno, condenó a Perú.', 'es')).toEqual(
      ['CHLGOV -> PER ACCUSE'],
    )
  })

  it('takes “la organización” for the last organisation named', () => {
    expect(
      events(
        'Human Rights Watch criticó al gobierno de Bolivia. La organización condenó al presidente peruano.',
        'es',
      ),
    ).toContain('USANGO -> PERGOV ACCUSE')
    // An indefinite one is someone new.
    expect(
      events(
        'Human Rights Watch criticó al gobierno de Bolivia. Una organización condenó al presidente peruano.',
        'es',
      ),
    ).not.toContain('USANGO -> PERGOV ACCUSE')
  })

  it('reads criticism of someone marked by the personal “a” as a stand, with or without a side', () => {
    expect(events('El canciller chileno criticó a sus adversarios políticos.', 'es')).toEqual([
      'CHLGOV -> null ACCUSE',
    ])
  })

  it('reads force on a record as criticism also where the surface patterns read an assault', () => {
    const found = events(
      "Chile's army chief attacked the Peruvian president's economic record on Monday.",
    )
    expect(found).toContain('CHLMIL -> PERGOV ACCUSE')
    expect(found).not.toEqual(expect.arrayContaining([expect.stringMatching(/ASSAULT/)]))
  })

  it('gives a gerund placed in time by its mark the clause’s subject', () => {
    expect(
      events("Bolivia's foreign minister left Lima after meeting the Peruvian president."),
    ).toContain('BOLGOV -> PERGOV CONSULT')
  })

  it('reads legal and administrative acts from the nouns a light verb issues', () => {
    expect(events('A Peruvian court issued a ruling against the Chilean government.')).toContain(
      'PERJUD -> CHLGOV REJECT',
    )
    expect(
      events('The Peruvian regulator issued a cease and desist order to the Chilean airline.'),
    ).toEqual(['PERGOV -> CHLBUS COERCE'])
    expect(
      events(
        'On Friday, the Peruvian Congress of the Republic of Peru issued a subpoena to Chilean President Gabriel Boric.',
      ),
    ).toContain('PERLEG -> CHLGOV REQUEST')
  })

  it('gives a decision no name places to the article’s own country, when one of its actors blames it', () => {
    expect(
      events('Peruvian police are in Lima. The Peruvian president called the ruling a disgrace.'),
    ).toEqual(['PERGOV -> PER ACCUSE'])
    // A critic of another country leaves it unplaced.
    expect(
      events('Peruvian police are in Lima. The Chilean president called the ruling a disgrace.'),
    ).toEqual(['CHLGOV -> null ACCUSE'])
  })

  it('reads the name after a title the parse made the head (“Mr Boric”) as the side', () => {
    expect(
      events('Chilean President Gabriel Boric spoke on Monday. Mr Boric praised the police.'),
    ).toContain('CHLGOV -> CHLCOP SUPPORT')
  })

  it('keeps each source joined to the one the surface coder read', () => {
    expect(events('Egypt, Greece and Cyprus condemned Turkey on Monday.')).toEqual([
      'EGY -> TUR ACCUSE',
      'GRC -> TUR ACCUSE',
      'CYP -> TUR ACCUSE',
    ])
  })

  it('aims a coercion at home when the article’s own state names no one it falls on', () => {
    expect(
      events(
        'Peruvian President Dina Boluarte ordered the arrest of two former ministers on Monday.',
      ),
    ).toEqual(['PERGOV -> PER COERCE'])
  })

  it('aims a stand on a decision at the owner its earlier mention names', () => {
    expect(
      events(
        "Chile's Senate debated the pension reform of President Gabriel Boric on Monday. Former president Sebastián Piñera attacked the reform.",
      ),
    ).toContain('CHLGOV -> CHLGOV ACCUSE')
  })

  it('turns the roles round where a pattern has only a passive meaning', () => {
    // The one who appears in court is held by it (the dictionary's "in court" is reviewed so).
    expect(events('A Chilean man, Pedro Rojas, appeared in a Peruvian court on Monday.')).toEqual([
      'PERJUD -> CHLPPL COERCE',
    ])
    expect(
      events('Nicolás Maduro came under fire from Colombian President Gustavo Petro.'),
    ).toEqual(['COLGOV -> VENGOV ACCUSE'])
    expect(events('The remarks of Javier Milei shocked the government of Brazil.')).toEqual([
      'BRAGOV -> ARGGOV ACCUSE',
    ])
  })

  it('takes the state an agentless arrest is placed in for its source', () => {
    expect(events('Two Chilean tourists were arrested in Lima on Monday.')).toEqual([
      'PER -> CHLCVL COERCE',
    ])
  })

  it('reads no one behind “was forced to …” with no agent, and no seizure in taking up an office', () => {
    expect(
      events(
        'Peruvian police are in Lima. The mayor of Lima was forced to change the plan on Monday.',
      ),
    ).toEqual([])
    expect(events('Spain took over the presidency of the European Union in July.')).toEqual([])
    // An arrest with no agent is still the home state's.
    expect(
      events('Peruvian police are in Lima. The mayor of Lima was arrested on Monday.'),
    ).toEqual(['PER -> PERGOV COERCE'])
  })

  it('reads a group no name places as the members it names after “including”', () => {
    expect(
      events('Several countries, including France and Germany, condemned the attack on Syria.'),
    ).toEqual(['FRA -> SYR ACCUSE', 'DEU -> SYR ACCUSE'])
  })

  it('reads a relative clause with a subject of its own as active, not as a reduced passive', () => {
    expect(
      events(
        'The Chilean government met in Santiago. Senate leader Maria Soto has accused Mr Rojas of lying.',
      ),
    ).toContain('CHL -> CHL ACCUSE')
  })

  it('reads helping to do something as doing it', () => {
    const found = events(
      'Sultan Qaboos of Oman died. Most notably, he helped negotiate the Iran nuclear deal.',
    )
    expect(found).toContain('OMNGOV -> IRN CONSULT')
    expect(found).not.toEqual(expect.arrayContaining([expect.stringMatching(/AID/)]))
  })

  it('codes no violence, nor blame, from a verb of saying that tells of it', () => {
    const found = events(
      'Afghan officials said the Taliban attacked a base in Maidan Shahr. Reuters reported the attack the deadliest in Afghanistan since 2018.',
    )
    expect(found).not.toEqual(expect.arrayContaining([expect.stringMatching(/^GBR/)]))
  })
})

describe('Spanish events on the parse', () => {
  it('reads a relative pronoun that is the object as its noun, and the unsaid subject as the clause’s above', () => {
    const tree = [
      'La/DET/2/det',
      'Comisión/PROPN/4/nsubj',
      'Europea/PROPN/2/amod',
      'abrió/VERB/0/root',
      'un/DET/6/det',
      'expediente/NOUN/4/obj',
      'contra/ADP/8/case',
      'Hungría/PROPN/6/nmod',
      ',/PUNCT/13/punct',
      'a/ADP/12/case',
      'la/DET/12/det',
      'que/PRON/13/obj',
      'acusa/VERB/8/acl:relcl',
      'de/ADP/15/mark',
      'vulnerar/VERB/13/advcl',
      'la/DET/17/det',
      'ley/NOUN/15/obj',
      './PUNCT/4/punct',
    ]
    expect(
      eventsOnTree(
        'La Comisión Europea abrió un expediente contra Hungría, a la que acusa de vulnerar la ley.',
        'es',
        tree,
      ),
    ).toContain('IGO -> HUN ACCUSE')
  })

  it('reads the clause “que” opens under the phrase of a verb of saying as what was said', () => {
    // The parse hung "que … es culpable" on "periodistas" (as a complement of the noun): it
    // is the senator's words, and they blame the president.
    const tree = [
      'El/DET/2/det',
      'senador/NOUN/6/nsubj',
      'chileno/ADJ/2/amod',
      'Juan/PROPN/2/appos',
      'Pérez/PROPN/4/flat',
      'aseguró/VERB/0/root',
      'a/ADP/9/case',
      'los/DET/9/det',
      'periodistas/NOUN/6/obl:arg',
      'que/SCONJ/15/mark',
      'el/DET/12/det',
      'presidente/NOUN/15/nsubj',
      'peruano/ADJ/12/amod',
      'es/AUX/15/cop',
      'culpable/ADJ/9/ccomp',
      'de/ADP/17/case',
      'corrupción/NOUN/15/nmod',
      './PUNCT/6/punct',
    ]
    const text =
      'El senador chileno Juan Pérez aseguró a los periodistas que el presidente peruano es culpable de corrupción.'
    expect(eventsOnTree(text, 'es', tree)).toEqual(['CHLLEG -> PERGOV ACCUSE'])
    // "criticised by campaigners for putting …": a clause "for" opens is no report.
    const criticised = [
      'The/DET/2/det',
      'plan/NOUN/4/nsubj:pass',
      'was/AUX/4/aux:pass',
      'criticised/VERB/0/root',
      'by/ADP/7/case',
      'British/ADJ/7/amod',
      'campaigners/NOUN/4/obl',
      'for/SCONJ/9/mark',
      'putting/VERB/7/acl',
      'data/NOUN/9/obj',
      'in/ADP/12/case',
      'France/PROPN/9/obl',
      './PUNCT/4/punct',
    ]
    const plan = 'The plan was criticised by British campaigners for putting data in France.'
    expect(eventsOnTree(plan, 'en', criticised)).toEqual(
      expect.arrayContaining([expect.stringMatching(/ACCUSE/)]),
    )
  })

  it('reads a fixed phrase after the verb as the verb read (“se llevó a cabo” is no expulsion)', () => {
    const found = events(
      'El gobierno de Ecuador se reunió en Quito, donde se llevó a cabo la proclamación de los resultados.',
      'es',
    )
    expect(found).not.toEqual(expect.arrayContaining([expect.stringMatching(/COERCE/)]))
  })

  it('codes an arrest or an expulsion only when it falls on people', () => {
    expect(
      events('El gobierno de México detuvo la construcción del muro con Estados Unidos.', 'es'),
    ).toEqual([])
    expect(
      events('El auto del embajador de Perú se detuvo frente al Congreso de Chile.', 'es'),
    ).toEqual([])
    expect(
      events('La policía de México detuvo a tres periodistas de Estados Unidos.', 'es'),
    ).toContain('MEXCOP -> USAMED COERCE')
    expect(events('Estados Unidos deportó a 300 guatemaltecos.', 'es')).toContain(
      'USAGOV -> GTM COERCE',
    )
  })

  it('codes no appeal from a reporter’s request for an interview or a comment', () => {
    expect(
      events('El diario El País pidió una entrevista con el ministro de Defensa de Chile.', 'es'),
    ).toEqual([])
    expect(
      events('La agencia EFE solicitó entrevistar al embajador de Bolivia en Perú.', 'es'),
    ).not.toEqual(expect.arrayContaining([expect.stringMatching(/REQUEST/)]))
    expect(events('El gobierno de Chile pidió a Bolivia una explicación.', 'es')).toContain(
      'CHLGOV -> BOL REQUEST',
    )
  })

  it('codes no act that a negated verb names by its noun, however far the negator', () => {
    expect(
      events(
        'El canciller de Perú dijo que Bolivia nunca ha mostrado interés en un acuerdo con Chile.',
        'es',
      ),
    ).toEqual([])
    expect(
      events(
        'Según el analista, Corea del Norte no ha venido con nada nuevo a la cumbre con Japón.',
        'es',
      ),
    ).toEqual([])
  })

  it('codes nothing from dictionary entries reviewed as wrong by their meaning', () => {
    expect(
      events(
        'La coalición de Chile, integrada por el Partido Socialista de Chile, presentó su candidato.',
        'es',
      ),
    ).not.toEqual(expect.arrayContaining([expect.stringMatching(/SUPPORT/)]))
    expect(
      events('El gobierno de Perú restringe el ingreso a los ciudadanos de Bolivia.', 'es'),
    ).not.toEqual(expect.arrayContaining([expect.stringMatching(/COERCE/)]))
  })
})
