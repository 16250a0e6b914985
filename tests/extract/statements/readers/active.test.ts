// The active reader (readers/active.ts): "<A> <verb> <object>", its subject the source, its object phrase the
// position; invented actors and wording: the edges a sentence must give, and the ones it must not.
import { describe, expect, test } from 'vitest';
import { edgesMatching, edgesOf } from '../../../_helpers-extract.ts';

describe('readActive', () => {
  test.for([
    // Ready for an act that is a cue of its own: that act is the statement; a penalty one is ready or set to impose
    // is a threat.
    ['Peru said it is ready to accept the proposal for a ceasefire.', 'Peru -accepts-> [Ceasefire]'],
    ['Chile is prepared to impose sanctions on Peru.', 'Chile -threatens-> [Economic sanctions]'],
    ['The African Union is set to impose tariffs on Peruvian cars.', 'African Union -threatens-> [Tariffs on Peruvian cars]'],
    ['Bolivia is willing to resume talks.', 'Bolivia -offers-> [Talks]'],
    // A participle clause after a comma is its main clause's subject's act.
    ["Ghana's parliament voted 200-7, urging a full investigation of the vote count.", 'Ghana -demands-> [Full investigation of the vote count]'],
    ['Peru recalled its ambassador, accusing Chile of meddling.', 'Peru -accuses-> Chile'],
    // "and, to that end, gives…": "and" with an aside after the object opens another act.
    ["Peru opposes Chile's maritime expansion and, to that end, gives military support to its rivals.", "Peru -rejects-> [Chile's maritime expansion]"],
    // An office before "from the" still heads its body ("Top diplomats from the Group of Seven urged…").
    ['Top diplomats from the African Union urged Mali to accept a ceasefire.', 'African Union -demands-> [Ceasefire]'],
    // A cue that is itself a negating governor reads with its object: lifting sanctions is no acceptance of sanctions.
    ['Peru lifted sanctions on Chile.', 'Peru -accepts-> [Lifting of sanctions]'],
    // An aside's own subject acts in it.
    ['Talks were held in Lima, where Chile said it is ready to accept a ceasefire.', 'Chile -accepts-> [Ceasefire]'],
    // Votes take a stance on what they are for or against.
    ["Ghana's parliament voted to extend the mandate.", 'Ghana -supports-> [Extend the mandate]'],
    ['Peru voted against the resolution.', 'Peru -rejects-> [Resolution]'],
    // A phrase aimed at an actor targets it.
    ['Brazil imposed new quotas on Argentina.', '[Quotas on Argentina] -targets-> Argentina'],
    // A participle clause after a comma has its main clause's subject; "reluctance to" negates.
    ['Peru said much remains to be done, signaling its reluctance to endorse the ceasefire.', 'Peru -rejects-> [Ceasefire]'],
    ['Peru retaliated with tariffs on Chilean copper.', 'Peru -imposes-> [Tariffs on Chilean copper]'],
    // Whose goods a penalty's object names is its target.
    ['Peru imposed a tariff increase on Chilean-made vehicles.', '[Tariffs on Chilean-made vehicles] -targets-> Chile'],
    ['Peru imposed tariffs on copper products from Chile.', '[Tariffs on copper products from Chile] -targets-> Chile'],
    ['Brazil imposed a sanctions package against Peru.', '[Economic sanctions] -targets-> Peru'],
    // Verbs of stopping name what is stopped with the verb.
    ['Peru said it would cease military aid to Chile.', 'Peru -threatens-> [Cease military aid to Chile]'],
    // A gerund clause opening the sentence has the main clause's subject.
    ['In announcing the sanctions on Chile this week, Peru said the talks had failed.', 'Peru -imposes-> [Economic sanctions]'],
    // A noun of saying before an -ing verb: its holder acts ("issued warnings demanding that…").
    ['Peru issued a series of warnings demanding that Chile change its stance on the border talks.', 'Peru -demands-> [Change its stance on the border talks]'],
    // The other party of a ceasefire or of consultations; what legislation targets.
    ['Peru demanded a lasting ceasefire with Chile.', '[Ceasefire] -targets-> Chile'],
    ['Peru imposed new sanctions Wednesday targeting Chile.', '[Economic sanctions] -targets-> Chile'],
    // Dismay at a thing.
    ['Peru is "deeply disappointed" by the approval of the bill.', 'Peru -rejects-> [Approval of the bill]'],
    // Lifting a thing takes it away; a place or occasion before the infinitive is not what is agreed; a role phrase
    // ("as a step toward…") is not part of the position.
    ['A Peruvian court has lifted orders blocking the new border law.', 'Peru -accepts-> [No orders blocking the new border law]'],
    ['Peru and Chile agreed at a virtual summit to jointly address the challenges Bolivia brings.', 'Peru -accepts-> [Address the challenges]'],
    ['Peru agreed to a 30-day ceasefire as a step toward peace.', 'Peru -accepts-> [Ceasefire]'],
    ['Peru wants a swift end to the war.', 'Peru -demands-> [Peace agreement]'],
    // A label that opens with its cue's verb takes the verb's base form.
    ['Peru froze the assets of two Chilean officials.', 'Peru -imposes-> [Freeze the assets of two Chilean officials]'],
    ['Peru has hinted that it could retaliate with tariffs on Chilean wine.', 'Peru -threatens-> [Tariffs on Chilean wine]'],
    // A verb of phase carries its subject's act: "will continue to exert".
    ['Brazil will continue to exert pressure on Paraguay.', 'Brazil -imposes-> [Pressure on Paraguay]'],
    // "to prevent X from V-ing": the verb phrase is the position, X its target.
    ['Chile acted to prevent Peru from building the dam.', '[Prevent Peru from building the dam] -targets-> Peru'],
    // An offer of a penalty is a threat.
    ['Peru vowed to retaliate.', 'Peru -threatens-> [Retaliation]'],
    // A cue that ends in a noun names the position itself.
    ['Peru called a private meeting.', 'Peru -demands-> [Talks]'],
    // "rejected the demand": the position named before.
    ['Chile demanded a ceasefire. Peru rejected the demand.', 'Peru -rejects-> [Ceasefire]'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });

  test.for([
    // The second verb of a co-ordinated infinitive is governed like the first; the topic of a stance is no position.
    ['Peru has threatened to close or suspend Chilean operations at the port.', /Peru -imposes->/],
    ['Peru issued warnings demanding that Chile change its stance on a ceasefire.', /\[Ceasefire\]/],
    // A subordinate clause has its own subject.
    ['Relations froze after a coup led by Chilean general Rosa Vega, when both countries withdrew their ambassadors.', /Rosa Vega -imposes->/],
    // "the U.N. envoy for Peru" speaks for the U.N., not for Peru.
    ['The U.N. special envoy for Peru is calling for an end to violence.', /^Peru -demands->/],
    // "an end to the war" names a peace, not its absence; a possessive after "with" is not what an agreement is with.
    ['Peru wants a swift end to the war.', /\[No peace agreement\]/],
    ['Peru signed an agreement with Chile\'s rival Bolivia.', /-targets-> Chile/],
    // The object of a verb and its article is not the subject of the next verb.
    ['Peruvian officials have blamed the rebels of Chile for the violence and called on Chile to end the raids.', /^Chile -demands->/],
    // A capitalised conjunction is no part of an unknown name ("Although Mali …").
    ['Although Bolivar Province banned the trade in 2017, food stalls still sell it.', /^Although/],
    // A label never ends in a dangling word: "institutions like" loses "like".
    ['Kenya rejected pressure from unaccountable international institutions like the fund.', /\[[^\]]* (like|the|of|from)\]/],
    // A participle clause that names an actor of its own is that actor's ("prompting Chile to retaliate").
    ['Peru imposed tariffs on Chile, prompting Chile to retaliate.', /Peru -(threatens|imposes)-> \[Retaliation\]/],
    ['Peru imposed tariffs on Chile, prompting Chile to retaliate.', /\[[^\]]*,[^\]]*\]/],
    // A noun after an adjective or determiner is no verb: "exert maximum pressure" demands nothing.
    ['Brazil will exert maximum pressure on Paraguay.', /-demands->/],
    // An office is someone, not a position.
    ['Italy did not vote for the president of the commission.', /\[.*[Pp]resident/],
    // A warning without a penalty or a condition threatens nothing; "it" with nothing named before refers to nothing.
    ['Peru warned that the talks would fail.', /-threatens->/],
    ['Peru rejected it.', /-rejects->/],
    // A name after "of the" inside an apposition is not the subject ("head of the Council of the United States").
    ['Ana Ruiz, head of the Wine Council of Chile, called the tariffs "deeply disappointing."', /^Chile -rejects->/],
    // Ready to accept is an acceptance, not an offer.
    ['Peru said it is ready to accept the proposal for a ceasefire.', /Peru -offers->/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesMatching(bad as RegExp, sentence as string)).toEqual([]);
  });

  test('a purpose infinitive is the act of the main verb\'s subject', () => {
    expect(edgesOf('Chile is keeping new duties in place on Peru to pressure them to stop the smuggling.')).toContain('Chile -demands-> [Stop the smuggling]');
  });
  test('a comma and a verb in the past start another act', () => {
    const edges = edgesOf('Chile at first imposed tariffs on Peruvian exports, then exempted the duties on cars.');
    expect(edges).toContain('Chile -imposes-> [Tariffs on Peruvian exports]');
    expect(edges.filter((e) => /No /.test(e))).toEqual([]);
  });
  test('a purpose with no one to prevent demands nothing', () => {
    expect(edgesOf('Chile reduced flights to stop the spread of the virus.').filter((e) => /-demands->/.test(e))).toEqual([]);
  });
  test('"prompting X to V" is X\'s act, not the subject\'s', () => {
    expect(edgesOf('Peru insulted Chile, prompting Chile to recall its ambassador.').filter((e) => e.startsWith('Peru -imposes->'))).toEqual([]);
  });
});
