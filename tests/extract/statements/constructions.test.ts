// Constructions of English the statement readers handle, each with invented actors and wording: the edges a
// sentence must give, and the ones it must not.
import { describe, expect, test } from 'vitest';
import { edgesOf } from '../../_helpers-extract.ts';

describe('constructions', () => {
  test.for([
    // A condemnation aimed at a thing, not an actor, rejects it.
    ['The opposition coalition of Chile denounced the delay.', 'Chile -rejects-> [Delay]'],
    ['Norway condemned the decision.', 'Norway -rejects-> [Decision]'],
    // "X must V" with no actor as X: the speaker wants X.
    ['Canadian Prime Minister Ann Lee said negotiations with Mexico must continue.', 'Ann Lee -demands-> [Talks]'],
    // Votes take a stance on what they are for or against.
    ["Ghana's parliament voted to extend the mandate.", 'Ghana -supports-> [Extend the mandate]'],
    ['Peru voted against the resolution.', 'Peru -rejects-> [Resolution]'],
    // A phrase aimed at an actor targets it.
    ['Brazil imposed new quotas on Argentina.', '[Quotas on Argentina] -targets-> Argentina'],
    // A time adverbial between the addressee and its infinitive.
    ['Norway urged Chile on Friday to accept a ceasefire.', '[Ceasefire] -targets-> Chile'],
    ['Norway urged Chile again to accept a ceasefire.', 'Norway -demands-> [Ceasefire]'],
    // A participle clause after a comma has its main clause's subject; "reluctance to" negates.
    ['Peru said much remains to be done, signaling its reluctance to endorse the ceasefire.', 'Peru -rejects-> [Ceasefire]'],
    // A plural pronoun stands for its own sentence's subject when no other actor is named in between.
    ['Chile said it wants a ceasefire. Peru leaders praised the talks, reiterating their opposition to new sanctions.', 'Peru -rejects-> [Economic sanctions]'],
    // A penalty noun with its holder before it is the holder's act.
    ['Officials said the 25% Peruvian tariffs on Chilean wine will take effect Monday.', 'Peru -imposes-> [Tariffs on Chilean wine]'],
    ['The slump followed Norway\'s imposition of sanctions.', 'Norway -imposes-> [Economic sanctions]'],
    ['Peru retaliated with tariffs on Chilean copper.', 'Peru -imposes-> [Tariffs on Chilean copper]'],
    // Whose goods a penalty's object names is its target.
    ['Peru imposed a tariff increase on Chilean-made vehicles.', '[Tariffs on Chilean-made vehicles] -targets-> Chile'],
    ['Peru imposed tariffs on copper products from Chile.', '[Tariffs on copper products from Chile] -targets-> Chile'],
    ['Brazil imposed a sanctions package against Peru.', '[Economic sanctions] -targets-> Peru'],
    // A judgement after a calling verb is its subject's stance on the verb's object.
    ['Norway called Chilean subsidies unbearable.', 'Norway -rejects-> [Chilean subsidies]'],
    ['Peru described the proposed border plan as a strategic disaster.', 'Peru -rejects-> [Proposed border plan]'],
    ['Peru called the prisoner exchange a good step.', 'Peru -supports-> [Prisoner exchange]'],
    // A judgement linked by a copula, with "it" standing for the infinitive after it.
    ['Peru said the new quotas are unfair.', 'Peru -rejects-> [Quotas]'],
    ['Peru said: "It was a mistake to support the rebels."', 'Peru -rejects-> [Support the rebels]'],
    // Saying that an actor did wrong accuses it.
    ['"Chile has violated the signed agreement repeatedly," Peru said.', 'Peru -accuses-> Chile'],
    ['Bolivia is flagrantly defying the border commission, Peru said.', 'Peru -accuses-> Bolivia'],
    // Verbs of stopping name what is stopped with the verb.
    ['Peru said it would cease military aid to Chile.', 'Peru -threatens-> [Cease military aid to Chile]'],
    // A gerund clause opening the sentence has the main clause's subject.
    ['In announcing the sanctions on Chile this week, Peru said the talks had failed.', 'Peru -imposes-> [Economic sanctions]'],
    // A noun of saying before an -ing verb: its holder acts ("issued warnings demanding that…").
    ['Peru issued a series of warnings demanding that Chile change its stance on the border talks.', 'Peru -demands-> [Change its stance on the border talks]'],
    // A quoted "they" for an actor the sentence names.
    ['"If the rebels of Chile are sincere, then Chile must stop the raids," Peru said.', 'Peru -demands-> [Stop the raids]'],
    // An intention in its holder's own words, or the writer's, supports what it aims at.
    ['Peru is looking to reset relations with Chile.', 'Peru -supports-> [Reset relations with Chile]'],
    ['Peru hopes there can be a new border deal.', 'Peru -supports-> [Border deal]'],
    // A label may open with a copula after a modal ("there can be a deal"): this once never returned.
    ['Peru hopes there can be a deal.', 'Peru -supports-> [Deal]'],
    // A penalty its holder says it could impose is a veiled threat.
    ['Peru has hinted that it could retaliate with tariffs on Chilean wine.', 'Peru -threatens-> [Tariffs on Chilean wine]'],
    // The other party of a ceasefire or of consultations; what legislation targets.
    ['Peru demanded a lasting ceasefire with Chile.', '[Ceasefire] -targets-> Chile'],
    ['Peru imposed new sanctions Wednesday targeting Chile.', '[Economic sanctions] -targets-> Chile'],
    // A wrong its holder is said to commit, a judgement of an actor, dismay at a thing.
    ['"We stand with Chile in the face of Bolivia\'s illegal aggression," Peru said.', 'Peru -accuses-> Bolivia'],
    ['Peru said Bolivia is "one of the most hostile and abusive" neighbours.', 'Peru -accuses-> Bolivia'],
    ['Peru is "deeply disappointed" by the approval of the bill.', 'Peru -rejects-> [Approval of the bill]'],
    // Lifting a thing takes it away; a place or occasion before the infinitive is not what is agreed; words that touch
    // in the text touch in the label; a role phrase ("as a step toward…") is not part of the position.
    ['A Peruvian court has lifted orders blocking the new border law.', 'Peru -accepts-> [No orders blocking the new border law]'],
    ['Peru and Chile agreed at a virtual summit to jointly address the challenges Bolivia brings.', 'Peru -accepts-> [Address the challenges]'],
    ['Peru denounced the moves against the Serb-controlled republic.', 'Peru -rejects-> [Moves against the Serb-controlled republic]'],
    ['Peru agreed to a 30-day ceasefire as a step toward peace.', 'Peru -accepts-> [Ceasefire]'],
    ['Peru wants a swift end to the war.', 'Peru -demands-> [Peace agreement]'],
    // A label that opens with its cue's verb takes the verb's base form.
    ['Peru froze the assets of two Chilean officials.', 'Peru -imposes-> [Freeze the assets of two Chilean officials]'],
    ['Peru has hinted that it could retaliate with tariffs on Chilean wine.', 'Peru -threatens-> [Tariffs on Chilean wine]'],
    // A label cut by the length limit completes its noun phrase.
    ['Peru said the decision to extend their mandate by two years is null and void.', 'Peru -rejects-> [Decision to extend their mandate by two years]'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });

  test.for([
    // A judgement needs a copula or a calling verb: an adjective before a noun judges nothing.
    ['The unfair quotas angered Peru.', /-rejects->/],
    // The second verb of a co-ordinated infinitive is governed like the first; the topic of a stance is no position.
    ['Peru has threatened to close or suspend Chilean operations at the port.', /Peru -imposes->/],
    ['Peru issued warnings demanding that Chile change its stance on a ceasefire.', /\[Ceasefire\]/],
    // An intention another side ascribes is no stance; "looking to X to" is reliance, not intention.
    ['"Chile seeks to divide the region," Peru said.', /Chile -supports->/],
    ['Chile is looking to Peru to veto any sanctions.', /Chile -supports->/],
    // A wrong the writer reports, with nobody saying so, accuses no one.
    ['Peru condemned the Bolivian invasion of Chile.', /-accuses-> Bolivia/],
    // "seldom criticized" is no criticism; "probably intend" is a guess, not an intention.
    ['Peru seldom criticized Chile.', /-accuses->/],
    ['Peruvian officials probably intend to use the law selectively, experts say.', /-supports->/],
    // A subordinate clause has its own subject; talks not yet held are no meeting; a participle before its noun
    // describes it; "the U.N. envoy for Peru" speaks for the U.N., not for Peru.
    ['Relations froze after a coup led by Chilean general Rosa Vega, when both countries withdrew their ambassadors.', /Rosa Vega -imposes->/],
    ['Peruvians want leverage for future negotiations with Chile, an analyst said.', /-meets->/],
    ['Peruvian experts detailed prohibited transfers of arms to Chile.', /-imposes->/],
    ['The U.N. special envoy for Peru is calling for an end to violence.', /^Peru -demands->/],
    // "an end to the war" names a peace, not its absence; others' guesses are no stance; a possessive after "with" is not
    // what an agreement is with.
    ['Peru wants a swift end to the war.', /\[No peace agreement\]/],
    ['Analysts say Chile would especially welcome the closure of the base.', /Chile -supports->/],
    ['Peru signed an agreement with Chile\'s rival Bolivia.', /-targets-> Chile/],
    // A possible penalty the writer reports is no threat; a penalty broken is none either; the object of a verb and its
    // article is not the subject of the next verb.
    ['The risk is that the Peruvian government could impose restrictions on Chilean wine.', /-threatens->/],
    ['Peru is seeking military assistance from Chile, which would violate U.N. sanctions.', /\[No economic sanctions\]/],
    ['Peruvian officials have blamed the rebels of Chile for the violence and called on Chile to end the raids.', /^Chile -demands->/],
    // A capitalised conjunction is no part of an unknown name ("Although Mali …").
    ['Although Bolivar Province banned the trade in 2017, food stalls still sell it.', /^Although/],
    // A retired officer speaks for no state.
    ['"Chile is acting against Peru," said retired Peruvian admiral Jose Quispe, now an analyst.', /Jose Quispe -represents->/],
    // Denying a wrong accuses no one; one's own side's wrong is no accusation.
    ['Peru said it has not violated the treaty.', /-accuses->/],
    // "It is unconstitutional" does not say what "it" is.
    ['Peru demanded talks. "It is unconstitutional," Peru said.', /-rejects->/],
    // A name after a noun of stance holds it only when "of", "by" or "from" joins them.
    ["Peru's tariffs targeting Chile and Bolivia are aimed at smuggling.", /^(Chile|Bolivia) -imposes->/],
    // The lexicon's negations govern the cue after them.
    ['Russia denied it wants security guarantees.', /-demands->/],
    ['Egypt has refrained from accepting the offer.', /-accepts->/],
    ['Japan has no intention of imposing tariffs.', /-(imposes|threatens)->/],
    // A label never ends in a dangling word: "institutions like" loses "like".
    ['Kenya rejected pressure from unaccountable international institutions like the fund.', /\[[^\]]* (like|the|of|from)\]/],
    // "what has to be done" names no position.
    ['This will allow Peru to quickly do what has to be done.', /-demands->/],
    // A participle clause that names an actor of its own is that actor's ("prompting Chile to retaliate").
    ['Peru imposed tariffs on Chile, prompting Chile to retaliate.', /Peru -(threatens|imposes)-> \[Retaliation\]/],
    ['Peru imposed tariffs on Chile, prompting Chile to retaliate.', /\[[^\]]*,[^\]]*\]/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesOf(sentence as string).filter((e) => (bad as RegExp).test(e))).toEqual([]);
  });
});

describe('meetings', () => {
  test.for([
    ['Negotiations between Chile and Bolivia on the border have gone on for years.', 'Chile -meets-> Bolivia'],
    ['Peru held a separate meeting with Ecuador in Lima.', 'Peru -meets-> Ecuador'],
    ["Kenya's talks with the International Monetary Fund are progressing.", 'Kenya -meets-> IMF'],
    ['Ghana said that discussions with the International Monetary Fund are progressing well.', 'Ghana -meets-> IMF'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });

  test('a name joined to a word by a hyphen is no party to the talks', () => {
    expect(edgesOf('Kenya said of its talks with the U.S.-based lender that they went well.').filter((e) => /-meets-> United States/.test(e))).toEqual([]);
  });
});

describe('the state an article is about', () => {
  const story = (...extra: string[]) => [
    'Chile said on Monday it would seek a new trade deal.',
    'Chile wants lower tariffs, and Chile has asked for talks.',
    'Officials in Chile said Chile is ready.',
    ...extra,
  ];
  test('a minister named without a country holds the office of the state the story is about', () => {
    expect(edgesOf(...story('Finance Minister Rosa Ibarra said the talks were going well.'))).toContain('Rosa Ibarra -represents-> Chile');
  });
  test('no state is assumed when none dominates the story', () => {
    const edges = edgesOf('Chile and Peru met.', 'Peru and Chile said they would meet again.', 'Finance Minister Rosa Ibarra said the talks were going well.');
    expect(edges.filter((e) => e.startsWith('Rosa Ibarra -represents->'))).toEqual([]);
  });
});

describe('verb groups, descriptions and verb-phrase positions', () => {
  test.for([
    // A verb of phase carries its subject's act: "will continue to exert".
    ['Brazil will continue to exert pressure on Paraguay.', 'Brazil -imposes-> [Pressure on Paraguay]'],
    // "to prevent X from V-ing": the verb phrase is the position, X its target.
    ['Chile acted to prevent Peru from building the dam.', '[Prevent Peru from building the dam] -targets-> Peru'],
    // "the council" is the last council named.
    ['The African Union Peace and Security Council met on Monday. The council must be united in its response, Kenya said.', 'Kenya -demands-> [United in its response]'],
    // "not supportive of", "does not support": a rejection.
    ['Ghana was not supportive of a ceasefire.', 'Ghana -rejects-> [Ceasefire]'],
    ['Togo does not support new sanctions.', 'Togo -rejects-> [Economic sanctions]'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });

  test.for([
    // A noun after an adjective or determiner is no verb: "exert maximum pressure" demands nothing.
    ['Brazil will exert maximum pressure on Paraguay.', /-demands->/],
    // "for what he called a wonderful meeting" names, it does not act.
    ['Chile hosted Peru for what he called a wonderful meeting.', /-demands->/],
    // An office is someone, not a position.
    ['Italy did not vote for the president of the commission.', /\[.*[Pp]resident/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesOf(sentence as string).filter((e) => (bad as RegExp).test(e))).toEqual([]);
  });
});

describe('clauses and infinitives', () => {
  test('a purpose infinitive is the act of the main verb\'s subject', () => {
    expect(edgesOf('Chile is keeping new duties in place on Peru to pressure them to stop the smuggling.')).toContain('Chile -demands-> [Stop the smuggling]');
  });
  test('an infinitive after a verb that takes one is that verb\'s, not a purpose', () => {
    const edges = edgesOf('Chile urged Peru on Friday to accept a ceasefire.');
    expect(edges).toContain('Chile -demands-> [Ceasefire]');
    expect(edges.filter((e) => /-accepts->/.test(e))).toEqual([]);
  });
  test('a comma and a verb in the past start another act', () => {
    const edges = edgesOf('Chile at first imposed tariffs on Peruvian exports, then exempted the duties on cars.');
    expect(edges).toContain('Chile -imposes-> [Tariffs on Peruvian exports]');
    expect(edges.filter((e) => /No /.test(e))).toEqual([]);
  });
});

describe('passive infinitives and purposes', () => {
  test.for([
    ['Chile wants the hunts to be stopped.', 'Chile -demands-> [Hunts stopped]'],
    ['Peru called for the charges to be dropped.', 'Peru -demands-> [Charges dropped]'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });
  test('a purpose with no one to prevent demands nothing', () => {
    expect(edgesOf('Chile reduced flights to stop the spread of the virus.').filter((e) => /-demands->/.test(e))).toEqual([]);
  });
  test('"prompting X to V" is X\'s act, not the subject\'s', () => {
    expect(edgesOf('Peru insulted Chile, prompting Chile to recall its ambassador.').filter((e) => e.startsWith('Peru -imposes->'))).toEqual([]);
  });
});
