import { describe, expect, it } from 'vitest';
import { entry, found } from './helpers';

const field = [
  entry('sco', 'Shanghai Cooperation Organisation', ['SCO'], [{ form: 'SCO', ambiguous: true }]),
  entry('itu', 'International Telecommunication Union', ['ITU'], [{ form: 'ITU', ambiguous: true }]),
  entry('arf', 'ASEAN Regional Forum', ['ARF'], [{ form: 'ARF', ambiguous: true }]),
  entry('john-kerry', 'John Kerry', ['Secretary Kerry', 'Kerry'], [{ form: 'Kerry', ambiguous: true }]),
  entry('asean', 'Association of Southeast Asian Nations', ['ASEAN']),
  entry('icann', 'Internet Corporation for Assigned Names and Numbers', ['ICANN']),
  entry('china', 'China'),
  entry('japan', 'Japan'),
  entry('united-states', 'United States', ['US']),
  entry('confidence-building-measures', 'confidence-building measure', ['CBM']),
  entry('internet-governance', 'internet governance'),
  entry('un', 'United Nations', ['UN']),
];

/** Filler of the given length in characters, mentioning nothing. */
function filler(chars: number): string {
  const sentence = 'Delegates then turned to the practical questions raised in the morning session. ';
  return sentence.repeat(Math.ceil(chars / sentence.length)).slice(0, chars);
}

describe('ambiguous forms off the field', () => {
  it('give nothing on a page about the SCO Group and Unix', () => {
    const page = `SCO Group
The SCO Group was a software company based in Lindon, Utah. In 2003 SCO sued IBM, claiming that
code from its Unix System V had been copied into Linux. SCO's licensing campaign, which asked Linux
users to buy a SCO IP licence, ended when the court found that Novell, not SCO, owned the Unix
copyrights. SCO filed for bankruptcy in 2007.`;
    expect(found(field, page)).toEqual([]);
  });

  it('give nothing on a page about County Kerry', () => {
    const page = `County Kerry
Kerry is a county on the south-west coast of Ireland. The Ring of Kerry, a 179-kilometre circular
route around the Iveragh peninsula, passes Killarney National Park. Kerry has won the All-Ireland
Senior Football Championship more often than any other county, and Kerry people are proud of it.`;
    expect(found(field, page)).toEqual([]);
  });

  it('need more than one country nearby: a triathlon report in Japan stays a triathlon report', () => {
    const page = `The 2016 ITU World Triathlon Series opened in Abu Dhabi and moved on to Yokohama, Japan, where
the ITU race jury disqualified two athletes for drafting. The ITU points table was updated on Monday.`;
    expect(found(field, page)).toEqual(['Japan=japan']);
  });

  it('do not vouch for each other', () => {
    expect(found(field, 'Both the SCO and the ITU announced new logos; Kerry was not consulted.')).toEqual([]);
  });
});

describe('ambiguous forms in the field', () => {
  it('count next to mentions of two other entities', () => {
    const text = 'Another delegate cited APCERT and the ARF as examples of regional cooperation, and asked ASEAN members to adopt confidence-building measures.';
    expect(found(field, text)).toEqual(['ARF=arf', 'ASEAN=asean', 'confidence-building measures=confidence-building-measures']);
  });

  it('count after the entity was introduced by its full name, however far back', () => {
    const text = `Secretary of State John Kerry opened the dialogue. ${filler(3000)}Later Kerry said the two sides had an honest discussion.`;
    expect(found(field, text)).toEqual(['John Kerry=john-kerry', 'Kerry=john-kerry']);
  });

  it('do not count when the evidence is further than a paragraph away', () => {
    const text = `ICANN and the United Nations met in Geneva. ${filler(1500)}The ITU also spoke.`;
    expect(found(field, text)).toEqual(['ICANN=icann', 'United Nations=un']);
  });

  it('count on the seed report where the ITU sits among internet governance bodies', () => {
    const text = `On internet governance, the delegate suggested the ITU play a narrow technical role focused on extending the
Internet to developing countries, while ICANN should remain responsible for names and numbers.`;
    expect(found(field, text)).toEqual(['internet governance=internet-governance', 'ITU=itu', 'ICANN=icann']);
  });
});

describe('surnames ruled introduced', () => {
  const people = [
    ...field,
    entry('yang-jiechi', 'Yang Jiechi', ['Yang'], [{ form: 'Yang', introduced: true }]),
  ];

  it('count after the full name, however far back', () => {
    expect(found(people, `State Councilor Yang Jiechi met John Kerry. ${filler(900)} Yang said so. But Yang said more.`)).toEqual([
      'Yang Jiechi=yang-jiechi',
      'John Kerry=john-kerry',
      'Yang=yang-jiechi',
      'Yang=yang-jiechi',
    ]);
  });

  it('do not count as the given name after another name', () => {
    expect(found(people, 'Yang Jiechi and Vice Premier Wang Yang spoke.')).toEqual(['Yang Jiechi=yang-jiechi']);
  });

  it('do not count on the strength of the field around them', () => {
    expect(found(people, 'Yang Mingjie of CICIR spoke on ASEAN, ICANN and the UN. Yang said China and the US agree.')).toEqual([
      'ASEAN=asean',
      'ICANN=icann',
      'UN=un',
      'China=china',
      'US=united-states',
    ]);
  });
});

describe('text in capitals', () => {
  it('drops an ambiguous form in an all-caps headline even with evidence below', () => {
    const text = `SCO GROUP SUES IBM OVER UNIX CODE
China and the United States discussed confidence-building measures at the United Nations.`;
    expect(found(field, text)).toEqual([
      'China=china',
      'United States=united-states',
      'confidence-building measures=confidence-building-measures',
      'United Nations=un',
    ]);
  });

  it('does not take mentions in an all-caps line as evidence', () => {
    const text = `ICANN AND UNITED NATIONS TO MEET IN GENEVA NEXT WEEK
The ITU said on Monday that its own meeting would go ahead as planned.`;
    expect(found(field, text)).toEqual(['ICANN=icann', 'UNITED NATIONS=un']);
  });

  it('still reads a sentence full of acronyms as running text', () => {
    const text = 'Cooperation was reached within ASEAN, the ARF and the UN, and with ICANN.';
    expect(found(field, text)).toEqual(['ASEAN=asean', 'ARF=arf', 'UN=un', 'ICANN=icann']);
  });
});

describe('shared forms with cues', () => {
  const shared = [
    entry('un-gge', 'UN Group of Governmental Experts', ['GGE'], [{ form: 'GGE', cues: ['group', 'experts', 'members'] }]),
    entry('gge-report-2013', '2013 GGE report', ['GGE'], [{ form: 'GGE', cues: ['report', 'consensus', 'A/68/98'] }]),
    entry('sed', 'US-China Strategic and Economic Dialogue', ['SED'], [{ form: 'SED', cues: ['China', 'Chinese', 'Beijing'] }]),
    entry('cop', 'Conference of the Parties', ['COP']),
    entry('cop-cybercrime', 'Cybercrime Convention Committee', ['COP'], [{ form: 'COP', cues: ['Budapest', 'cybercrime'] }]),
    entry('apt-a', 'Advanced Persistent Threat group A', ['APT']),
    entry('apt-b', 'Asia-Pacific Telecommunity', ['APT']),
  ];

  it('go to the entity whose cue is nearby', () => {
    expect(found(shared, 'Building on the GGE consensus of June 2013, delegates asked for more.')).toEqual(['GGE=gge-report-2013']);
    expect(found(shared, 'The GGE, whose 15 experts meet in New York, will report next year.')).toEqual(['GGE=un-gge']);
  });

  it('go to the nearest cue when both entities have one nearby', () => {
    expect(found(shared, 'The experts of the GGE consensus met.')).toEqual(['GGE=gge-report-2013']);
  });

  it('are dropped without a cue', () => {
    expect(found(shared, 'The GGE will meet again in July.')).toEqual([]);
    expect(found(shared, 'The SED party ruled East Germany until 1989.')).toEqual([]);
    expect(found(shared, 'At the seventh SED in Washington, the Chinese delegation raised cyber theft.')).toEqual(['SED=sed']);
  });

  it('go to the entity without cues when no cue is nearby', () => {
    expect(found(shared, 'The COP meets in Paris on climate.')).toEqual(['COP=cop']);
    expect(found(shared, 'Parties to the Budapest text met as the COP in Strasbourg.')).toEqual(['COP=cop-cybercrime']);
  });

  it('leave room for a shorter form when a longer one has no cue', () => {
    const entries = [
      entry('un-gge', 'UN Group of Governmental Experts', ['GGE']),
      entry('gge-report-2013', '2013 GGE report', ['GGE report'], [{ form: 'GGE report', cues: ['2013', 'consensus'] }]),
    ];
    expect(found(entries, 'A first successful GGE report was issued in 2010 (A/65/201).')).toEqual(['GGE=un-gge']);
    expect(found(entries, 'The GGE report of June 2013 was adopted by consensus.')).toEqual(['GGE report=gge-report-2013']);
  });

  it('are dropped when two entities claim a form and neither gives cues', () => {
    expect(found(shared, 'A report on APT activity.')).toEqual([]);
  });
});
