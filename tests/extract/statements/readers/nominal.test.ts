// The nominal reader (readers/nominal.ts): a noun of stance with its holder ("<A>'s demand for <X>", "demands of
// <A> for <X>", "threats of <A> sanctions", "<A> tariffs on <X>"): the holder is the source.
import { describe, expect, test } from 'vitest';
import { edgesMatching, edgesOf } from '../../../_helpers-extract.ts';

describe('readNominal', () => {
  test.for([
    // A plural pronoun stands for its own sentence's subject when no other actor is named in between.
    ['Chile said it wants a ceasefire. Peru leaders praised the talks, reiterating their opposition to new sanctions.', 'Peru -rejects-> [Economic sanctions]'],
    // A penalty noun with its holder before it is the holder's act.
    ['Officials said the 25% Peruvian tariffs on Chilean wine will take effect Monday.', 'Peru -imposes-> [Tariffs on Chilean wine]'],
    ['The slump followed Norway\'s imposition of sanctions.', 'Norway -imposes-> [Economic sanctions]'],
    // A holder after the noun, joined by "of"; a name that modifies the next noun.
    ['The demands of Peru for a ceasefire were rejected.', 'Peru -demands-> [Ceasefire]'],
    ['Peru warned of threats of Chilean sanctions.', 'Chile -threatens-> [Economic sanctions]'],
    // "has the backing of Peru": what is backed is the clause's subject.
    ['The proposed deal also has the backing of Peru.', 'Peru -supports-> [Proposed deal]'],
    // A penalty with no holder of its own, as the object of a verb of imposing, is the verb's subject's; in the
    // future it is a threat. A purpose after it ("in an effort to") is not part of it.
    ['The African Union ramped up sanctions on Mali in 2016 in an effort to make it give up its nuclear program.', 'African Union -imposes-> [Economic sanctions]'],
    ['Peru is adding a 25% levy on electricity sold to Chile.', 'Peru -imposes-> [Levy on electricity sold to Chile]'],
    ['Peru raised tariffs on Chilean goods to 125%.', 'Peru -imposes-> [Tariffs on Chilean goods]'],
    ['Peru said it will substantially increase the tariffs on Chilean cars.', 'Peru -threatens-> [Tariffs on Chilean cars]'],
    // A penalty with its holder is an act even with no object.
    ['The crash was triggered by previous Peruvian sanctions.', 'Peru -imposes-> [Economic sanctions]'],
    // Keeping a penalty is imposing it; every actor of a list it is aimed at is a target; "them" after a list is the list.
    ['Peru is keeping new tariffs in place on Chile, Bolivia and Ecuador to pressure them to stop smuggling.', '[Tariffs] -targets-> Ecuador'],
    ['Peru is keeping new tariffs in place on Chile, Bolivia and Ecuador to pressure them to stop smuggling.', '[Stop smuggling] -targets-> Bolivia'],
    ['Peru is keeping new tariffs in place on Chile, Bolivia and Ecuador to pressure them to stop smuggling.', 'Peru -imposes-> [Tariffs]'],
    // Holders co-ordinated before the noun.
    ['Peru opposed a Chilean and Bolivian proposal for a new border commission.', 'Bolivia -offers-> [Border commission]'],
    ['Peru opposed a Chilean and Bolivian proposal for a new border commission.', 'Chile -offers-> [Border commission]'],
    // Adjectives between the holder and its noun.
    ['Peru reiterated its strong opposition to the new dam on the river.', 'Peru -rejects-> [Dam on the river]'],
    ["Chile's long-standing demand for access to the sea was rejected.", 'Chile -demands-> [Access to the sea]'],
    // Support for a state's territorial integrity is no territorial concession.
    ['The G7 affirmed its unwavering support for Ukraine in defending its territorial integrity.', 'G7 -supports-> [Sovereignty and territorial integrity]'],
    // ("Chile's provincial leader said he…": the pronoun is the office named before the verb of saying.)
    ["Peru met Chilean President Rosa Vega. Bolivia's provincial leader said he is adding a levy on electricity.", 'Bolivia -imposes-> [Levy on electricity]'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });

  test.for([
    // A penalty broken is none of its holder's acts.
    ['Peru is seeking military assistance from Chile, which would violate U.N. sanctions.', /\[No economic sanctions\]/],
    // A penalty someone else's verb acts on is not its holder's act here; "sanctions relief" is another noun.
    ['Chile is ready to reimpose Peruvian sanctions.', /Peru -imposes->/],
    ['Bolivia wants Peruvian sanctions relief.', /Peru -imposes->/],
    // Commas alone list topics, not holders; "and" before another cue's verb ends a penalty's object.
    ['Peru spoke about his trip to Chile, U.S. support for the island, and the talks.', /Chile -supports->/],
    ['Peru abides by its own export controls and rejects the sanctions of other countries.', /Peru -imposes-> \[Economic sanctions\]/],
    // Names and "and" cut off before a noun are no position of their own.
    ['Peru opposed a Chilean and Bolivian proposal for a new border commission.', /\[Chilean and Bolivian\]/],
    // The purpose of a penalty is not a penalty too; a penalty lifted is none of its lifter's impositions.
    ['The African Union ramped up sanctions on Mali in 2016 in an effort to make it give up its nuclear program.', /nuclear/i],
    ['Peru lifted the tariffs on Chilean wine.', /Peru -imposes->/],
    // A name after a noun of stance holds it only when "of", "by" or "from" joins them.
    ["Peru's tariffs targeting Chile and Bolivia are aimed at smuggling.", /^(Chile|Bolivia) -imposes->/],
    // A penalty lifted is no act of its holder.
    ['Chile said it will lift Peruvian tariffs.', /Peru -imposes->/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesMatching(bad as RegExp, sentence as string)).toEqual([]);
  });
});
