import { describe, expect, it } from 'vitest';
import { entry, found, recognizer } from './helpers';

const glossary = [
  entry('sco', 'Shanghai Cooperation Organisation', ['SCO']),
  entry('sco-code-of-conduct', 'International Code of Conduct for Information Security', ['SCO Code of Conduct', 'A/66/359']),
  entry('un', 'United Nations', ['UN']),
  entry('unasur', 'Union of South American Nations', []),
  entry('cert-cc', 'CERT Coordination Centre', ['CERT|CC', 'CERT/CC']),
  entry('oic-cert', 'OIC-CERT'),
  entry('gge-report-2013', '2013 GGE report', ['A/68/98']),
  entry('un-gge', 'UN Group of Governmental Experts', ['GGE', 'Group of Governmental Experts']),
  entry('icann', 'Internet Corporation for Assigned Names and Numbers', ['ICANN']),
  entry('multistakeholder-governance', 'multistakeholder governance', ['multistakeholder', 'multi-stakeholder']),
  entry('confidence-building-measures', 'confidence-building measure', ['CBM']),
  entry('budapest-convention', 'Budapest Convention', ['Convention on Cybercrime']),
  entry('asia-pacific', 'Asia-Pacific'),
  entry('red-lines', 'red line'),
  entry('capacity-building', 'capacity building'),
  entry('digital-divide', 'digital divide'),
  entry('cyber-policy', 'cyber policy'),
];

describe('acronyms', () => {
  it('match case-sensitively', () => {
    expect(found(glossary, 'The SCO met; the sco did not, nor did Sco.')).toEqual(['SCO=sco']);
    expect(found(glossary, 'the UN and the un-named')).toEqual(['UN=un']);
  });

  it('keep their inner punctuation', () => {
    expect(found(glossary, 'Sri Lanka CERT|CC and CERT/CC joined OIC-CERT.')).toEqual([
      'CERT|CC=cert-cc',
      'CERT/CC=cert-cc',
      'OIC-CERT=oic-cert',
    ]);
    expect(found(glossary, 'consensus of June 2013 (A/68/98*) and A/66/359.')).toEqual([
      'A/68/98=gge-report-2013',
      'A/66/359=sco-code-of-conduct',
    ]);
  });

  it('match only whole words', () => {
    expect(found(glossary, 'UNASUR, UNESCO and SCOTUS are not mentions')).toEqual([]);
    expect(found(glossary, 'ThaiCERT and OIC-CERTS are other teams; A/68/981 is another document')).toEqual([]);
  });

  it('take a plural s and a possessive', () => {
    expect(found(glossary, 'CBMs and the UN’s and ICANN\'s role')).toEqual(['CBMs=confidence-building-measures', 'UN=un', 'ICANN=icann']);
  });
});

describe('names', () => {
  it('match case-insensitively across whitespace and line breaks', () => {
    expect(found(glossary, 'the Budapest\n Convention and the BUDAPEST CONVENTION, the budapest  convention')).toEqual([
      'Budapest\n Convention=budapest-convention',
      'BUDAPEST CONVENTION=budapest-convention',
      'budapest  convention=budapest-convention',
    ]);
  });

  it('undo end-of-line hyphenation', () => {
    expect(found(glossary, 'importance of multi-\n\nstakeholder internet governance')).toEqual(['multi-\n\nstakeholder=multistakeholder-governance']);
    expect(found([entry('m', 'multi-stakeholder')], 'the multi-\r\nstakeholder model')).toEqual(['multi-\r\nstakeholder=m']);
    expect(found([entry('m', 'multi-stakeholder')], 'the multistakeholder model')).toEqual(['multistakeholder=m']);
  });

  it('keep a line-end hyphen before a capital: a compound, not a broken word', () => {
    expect(found([entry('china', 'China'), entry('japan', 'Japan')], 'such as China-\n\nJapan-Korea network')).toEqual([
      'China=china',
      'Japan=japan',
    ]);
  });

  it('treat hyphens, dashes and spaces alike', () => {
    expect(found(glossary, 'confidence building measures, Confidence-Building Measures, the Asia–Pacific and Asia—Pacific, Asia Pacific')).toEqual([
      'confidence building measures=confidence-building-measures',
      'Confidence-Building Measures=confidence-building-measures',
      'Asia–Pacific=asia-pacific',
      'Asia—Pacific=asia-pacific',
      'Asia Pacific=asia-pacific',
    ]);
  });

  it('take plurals and possessives', () => {
    expect(found(glossary, '‘red lines’ of state behaviour and the Budapest Convention’s reach')).toEqual([
      'red lines=red-lines',
      'Budapest Convention=budapest-convention',
    ]);
    expect(found([entry('policy', 'cyber policy'), entry('box', 'black box')], 'national cyber policies and black boxes')).toEqual([
      'cyber policies=policy',
      'black boxes=box',
    ]);
  });

  it('match through typographic quotes and brackets', () => {
    expect(found(glossary, '“capacity building”, (digital divide) and ‘cyber policy’')).toEqual([
      'capacity building=capacity-building',
      'digital divide=digital-divide',
      'cyber policy=cyber-policy',
    ]);
  });

  it('read two-letter acronyms written with dots, the final dot included', () => {
    const entries = [entry('us', 'United States', ['US']), entry('dialogue', 'US-China Cyber Security Dialogue'), entry('charter', 'UN Charter')];
    expect(found(entries, 'the U.S.-China Cyber Security Dialogue, the U.N. Charter and the U.S. position; not the u.s.')).toEqual([
      'U.S.-China Cyber Security Dialogue=dialogue',
      'U.N. Charter=charter',
      'U.S.=us',
    ]);
    expect(found(entries, 'Talks with the U.S. Then the US.')).toEqual(['U.S.=us', 'US=us']);
  });

  it('fold accents', () => {
    expect(found([entry('ci', "Côte d'Ivoire")], 'Cote d’Ivoire and CÔTE D\'IVOIRE')).toEqual(['Cote d’Ivoire=ci', "CÔTE D'IVOIRE=ci"]);
  });
});

describe('longest match', () => {
  it('prefers the longest form starting at the same place', () => {
    expect(found(glossary, 'the SCO Code of Conduct, proposed by SCO members')).toEqual([
      'SCO Code of Conduct=sco-code-of-conduct',
      'SCO=sco',
    ]);
    expect(found(glossary, 'the UN Group of Governmental Experts (GGE)')).toEqual([
      'UN Group of Governmental Experts=un-gge',
      'GGE=un-gge',
    ]);
  });

  it('never returns overlapping mentions', () => {
    const r = recognizer([entry('a', 'cyber security'), entry('b', 'security policy'), entry('c', 'policy')]);
    expect(r.find('cyber security policy').map((m) => m.text)).toEqual(['cyber security', 'policy']);
  });

  it('falls back to a shorter form when the longer one runs into a word', () => {
    expect(found(glossary, 'SCO Code of Conducts? no: SCO Code of Conductor')).toEqual([
      'SCO Code of Conducts=sco-code-of-conduct',
      'SCO=sco',
    ]);
  });
});

describe('boundaries', () => {
  it('ignore e-mail addresses and URLs', () => {
    expect(found(glossary, 'write to un@icann.org or see https://www.icann.org/un/sco, www.icann.org and icann.org')).toEqual([]);
    // The "@" or "://" may sit before the mention, after it, or well away from it in the same token.
    expect(found(glossary, 'mail press.office@UN or ICANN@example, see ftp://files.example/ICANN/x and <ICANN://x>')).toEqual([]);
  });

  it('count a mention next to an address, or in a token with a colon that is no address', () => {
    expect(found(glossary, 'ICANN (press@icann.org) and the UN: https://un.org ICANN')).toEqual(['ICANN=icann', 'UN=un', 'ICANN=icann']);
  });

  it('accept a mention at the end of a sentence, even one that lost its space', () => {
    expect(found(glossary, 'It was ICANN. Then the UN.')).toEqual(['ICANN=icann', 'UN=un']);
    expect(found(glossary, 'a Working Group on capacity building.Following consultations')).toEqual(['capacity building=capacity-building']);
  });

  it('accept footnote numbers stuck to a word in PDF text', () => {
    expect(found(glossary, "Experts’ (GGE)2 landmark and the Budapest Convention3 and UN12 but not UN1234")).toEqual([
      'GGE=un-gge',
      'Budapest Convention=budapest-convention',
      'UN=un',
    ]);
  });

  it('report UTF-16 offsets of the original text', () => {
    const text = '🌐 “ICANN” – the multi-\nstakeholder 🙂 UN';
    const mentions = recognizer(glossary).find(text);
    expect(mentions.map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([
      ['icann', 'ICANN'],
      ['multistakeholder-governance', 'multi-\nstakeholder'],
      ['un', 'UN'],
    ]);
    for (const m of mentions) expect(m.text).toBe(text.slice(m.start, m.end));
  });

  it('finds nothing in empty or term-free text', () => {
    expect(found(glossary, '')).toEqual([]);
    expect(found(glossary, 'Nothing of interest here, just words and 1234 numbers.')).toEqual([]);
    expect(found([], 'the UN')).toEqual([]);
  });
});
