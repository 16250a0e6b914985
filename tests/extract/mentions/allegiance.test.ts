// People whose office and allegiance stand around their name: each row is a construction of English news,
// with invented names, and the represents edge it must (or must not) give.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { article, claimsOf, lexicon } from '../../_helpers-extract.ts';

const represents = (sentence: string) => claimsOf('represents', sentence).map((c) => `${c.source.label} -> ${c.target.label}`);

describe('allegiance of people', () => {
  test.for([
    ["Japan's chief trade negotiator Kenji Saito said talks would resume.", 'Kenji Saito -> Japan'],
    ["Egypt's presidential spokesman Omar Fathy said Cairo rejects the plan.", 'Omar Fathy -> Egypt'],
    ['Brazilian Deputy U.N. Ambassador Paulo Ferraz told reporters the council must act.', 'Paulo Ferraz -> Brazil'],
    ["India's special envoy, Ravi Menon, met officials in Kabul.", 'Ravi Menon -> India'],
    ['Then, Maria Lopes, Portugal’s foreign policy adviser, said talks would continue.', 'Maria Lopes -> Portugal'],
    ['Anna Berg, the deputy head of the Nordic Fisheries Council, said quotas were too low.', 'Anna Berg -> Nordic Fisheries Council'],
    ['Tomas Varga is the executive director of the Danube Trade Forum.', 'Tomas Varga -> Danube Trade Forum'],
    ["Ghana's army chief of staff Kwame Boateng said, \"We are ready.\"", 'Kwame Boateng -> Ghana'],
    // A retired officer named with a demonym and rank speaks for no state (see the rows that must give nothing).
    // The person inside a mention of their government still speaks for the state.
    ["Ghanaian Prime Minister Kofi Mensah's administration rejected the plan.", 'Kofi Mensah -> Ghana'],
    // A relative clause that states the office.
    ["Ana Ruiz, who has served as Chile's ambassador to Peru, said talks would resume.", 'Ana Ruiz -> Chile'],
    ["Jon Berg, who is Norway's envoy to the talks, said the sides were close.", 'Jon Berg -> Norway'],
    ['Mark Olsen, who was the special envoy for Sudan at the Danish Foreign Ministry, said talks had stalled.', 'Mark Olsen -> Denmark'],
    // An organisation named after its kind and the words describing it.
    ['Tomas Varga is the executive director of the Vienna-based group Danube Trade Watch.', 'Tomas Varga -> Danube Trade Watch'],
    ['Anna Berg, director of the independent think tank Baltic Policy Forum, said quotas were too low.', 'Anna Berg -> Baltic Policy Forum'],
    // Words of rank before the body; a body named inside the title; "government" composing a title.
    ['Omar Haddad, a senior Hezbollah official, said the talks had failed.', 'Omar Haddad -> Hezbollah'],
    ['Ivan Petrov, the Kremlin spokesman, said talks would resume.', 'Ivan Petrov -> Russia'],
    ['Kenyan government spokesman Isaac Mwangi said talks would resume.', 'Isaac Mwangi -> Kenya'],
    ["Kenya's delegation, led by Isaac Mwangi, arrived in Geneva.", 'Isaac Mwangi -> Kenya'],
    // A state's bare name before a title, with an organisation after "at", is the subject of the post, not its employer.
    ['Kim Reyes, the Japan chair at the Pacific Policy Forum, said talks had stalled.', 'Kim Reyes -> Pacific Policy Forum'],
    ['Anna Berg, the Russian envoy at the Danube Trade Forum, said talks would resume.', 'Anna Berg -> Russia'],
    // A title of a faction ("opposition leader") is an office of the faction, not of the state it opposes.
    ['Ghanaian opposition leader Kwame Boateng said the vote was rigged.', 'Kwame Boateng -> Ghanaian opposition'],
    ["Kwame Boateng, Ghana's opposition leader, said the vote was rigged.", 'Kwame Boateng -> Ghanaian opposition'],
    // A posting after the title is not the employer.
    ['The Peruvian ambassador to the United Nations, Luis Quispe, said talks would resume.', 'Luis Quispe -> Peru'],
    ["Chile's envoy to Bolivia Pablo Rojas said talks would resume.", 'Pablo Rojas -> Chile'],
    // Membership of a body.
    ['Erik Lund, a member of the Nordic Fisheries Council, said quotas were too low.', 'Erik Lund -> Nordic Fisheries Council'],
    ['Erik Lund is part of the group "Baltic Fishers Voice," which wants quotas raised.', 'Erik Lund -> Baltic Fishers Voice'],
    // The members a delegation's list names speak for its state.
    ['The Peruvian delegation includes Foreign Minister Luis Quispe; and military commander Jorge Huaman.', 'Jorge Huaman -> Peru'],
    ["Ghana's delegation was led by Kofi Mensah and Ama Owusu.", 'Ama Owusu -> Ghana'],
    ['The delegation of Chile included senior adviser Pablo Rojas.', 'Pablo Rojas -> Chile'],
  ])('%s', ([sentence, expected]) => {
    expect(represents(sentence!)).toContain(expected);
  });

  test.for([
    // A president the lexicon knows only for his years in office (Morsi, 2012-2013) speaks for no state in a later story.
    ['Relations froze after Egyptian President Mohamed Morsi was ousted in a coup.'],
    // Former officials and analysts speak for no state.
    ['Lena Holm, a former Swedish trade minister, said the deal was weak.'],
    ['Kim Reyes, director of the U.S.-Asia policy program at a think tank, said talks had stalled.'],
    // A title followed by a noun is no apposition: "official English name".
    ["The DPRK stands for the Democratic People's Republic of Korea, North Korea's official English name."],
    // Rank alone names no body.
    ['Lena Holm, a senior analyst, said the deal was weak.'],
    // A former member speaks for no one.
    ['Erik Lund, a former member of the Nordic Fisheries Council, said quotas were too low.'],
    // A kind of organisation with no name after it; a delegation's list ends with its clause.
    ['Tomas Varga is the executive director of the Vienna-based group.'],
    ['Erik Lund, a researcher at the group, said quotas were too low.'],
  ])('no allegiance in: %s', ([sentence]) => {
    expect(represents(sentence!)).toEqual([]);
  });
});

describe('a pronoun that states membership', () => {
  test('"they" opening a sentence stands for the people the sentence before opened with', () => {
    const edges = claimsOf('represents', 'Anna Berg and Erik Lund are fishermen from Tromso.', 'They are part of the group Nordic Fishers Voice.').map((c) => `${c.source.label} -> ${c.target.label}`);
    expect(edges).toEqual(expect.arrayContaining(['Anna Berg -> Nordic Fishers Voice', 'Erik Lund -> Nordic Fishers Voice']));
  });
  test('"she" after two people named stands for neither', () => {
    expect(claimsOf('represents', 'Anna Berg and Erik Lund spoke on Monday.', 'She is a member of the Nordic Fisheries Council.')).toEqual([]);
  });
});

describe('delegations', () => {
  test('a person named after the list of a delegation, in another clause, is no delegate', () => {
    expect(represents('The Peruvian delegation includes Foreign Minister Luis Quispe, while analyst Jorge Huaman said talks would stall.')).not.toContain('Jorge Huaman -> Peru');
  });
  test('a delegate placed by an office of another state keeps it', () => {
    expect(represents("The Peruvian delegation includes Chile's ambassador Pablo Rojas.")).toContain('Pablo Rojas -> Chile');
  });
});

describe('offices held on the article date', () => {
  const on = (date: string, sentence: string) =>
    extractArticle(article([sentence], 'offices', date), lexicon()).claims.filter((c) => c.relation === 'represents').map((c) => `${c.source.label} -> ${c.target.label}`);
  test('a leader speaks for the state while in office', () => {
    expect(on('20190610', 'Trump said the talks would go on.')).toContain('Donald Trump -> United States');
    expect(on('20250610', 'Trump said the talks would go on.')).toContain('Donald Trump -> United States');
  });
  test('and for no one between terms or after', () => {
    expect(on('20230610', 'Trump said the talks would go on.')).toEqual([]);
    expect(on('20240630', 'Imran Khan said the vote was rigged.')).toEqual([]);
  });
  test('"former" before a title takes the allegiance away', () => {
    expect(on('20240630', 'Supporters of former Prime Minister Nawaz Ali of Pakistan protested.')).toEqual([]);
  });
});
