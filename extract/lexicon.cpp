// The built-in English lexicon. Phrases use the ontology's phrase syntax, so a word
// ending in '*' covers inflections ("propos*": propose, proposed, proposal).
#include "extract/lexicon.hpp"

#include <algorithm>

namespace negograph {

WordSet::WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view word : words) {
        if (word.size() >= kLengths) {
            long_words_.push_back(word);
            continue;
        }
        words_.push_back(word);
        if (!word.empty()) {
            std::uint32_t bit = filter_bit(word.size(), static_cast<unsigned char>(word[0]),
                                           static_cast<unsigned char>(word.back()));
            filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
        }
    }
    std::stable_sort(words_.begin(), words_.end(),
                     [](std::string_view a, std::string_view b) { return a.size() < b.size(); });
    for (std::size_t length = 0; length <= kLengths; ++length)
        by_length_[length] = static_cast<std::uint32_t>(
            std::find_if(words_.begin(), words_.end(), [&](std::string_view word) { return word.size() >= length; }) -
            words_.begin());
}

// The set words of the length of `word` (0 < size < kLengths): the first and last
// bytes first, so memcmp runs almost only on a match.
bool WordSet::contains_same_length(std::string_view word) const {
    std::size_t size = word.size();
    for (std::uint32_t i = by_length_[size]; i < by_length_[size + 1]; ++i) {
        const char* known = words_[i].data();
        if (known[0] == word[0] && known[size - 1] == word[size - 1] && std::memcmp(known, word.data(), size) == 0)
            return true;
    }
    return false;
}

bool WordSet::contains_long(std::string_view word) const {
    return std::find(long_words_.begin(), long_words_.end(), word) != long_words_.end();
}

// What "waiting for" and "awaits" want: a membership, guarantees, arms, a truce or a swap.
constexpr std::string_view kAwaitedIssues = "neutrality security-guarantees military-aid ceasefire prisoner-exchange";

// The issues an effort ("trying to", "working to") can be a position on: all but land.
constexpr std::string_view kEffortIssues =
    "neutrality security-guarantees troop-withdrawal ceasefire humanitarian-corridors prisoner-exchange sanctions "
    "military-aid war-crimes-accountability nuclear-free-status leaders-meeting";

const std::vector<Cue>& stance_cues() {
    static const std::vector<Cue> cues = {
        // Proposing and offering.
        {"propos*", "propose", CueSign::positive},
        {"suggest*", "propose", CueSign::positive},
        {"offer*", "propose", CueSign::positive},
        {"put forward", "propose", CueSign::positive},
        {"put* ... on the table", "propose", CueSign::positive},  // "put three things on the table: an exchange ..."
        {"floated", "propose", CueSign::positive},
        {"pitched", "propose", CueSign::positive},
        {"presented", "propose", CueSign::positive},
        // Demanding, insisting, seeking.
        {"demand*", "demand", CueSign::positive},
        {"call for", "demand", CueSign::positive},
        {"calls for", "demand", CueSign::positive},
        {"called for", "demand", CueSign::positive},
        {"calling for", "demand", CueSign::positive},
        {"call* instead for", "demand", CueSign::positive},  // "Umerov called instead for a full ceasefire"
        {"call* again for", "demand", CueSign::positive},
        {"appeal* on ... for", "seek", CueSign::positive},   // "appealed on Saturday for a safe corridor"
        {"said yes to", "accept", CueSign::positive},        // "We have said yes to a full ceasefire"
        {"say* yes to", "accept", CueSign::positive},
        {"insist*", "insist", CueSign::positive},
        {"seek*", "seek", CueSign::positive},
        {"sought", "seek", CueSign::positive},
        {"pursu*", "seek", CueSign::positive},  // "was not pursuing a nuclear programme"
        {"stepping stone to*", "support", CueSign::positive},  // "a stepping stone toward a broader ceasefire"
        {"challeng* ... to", "urge", CueSign::positive},  // "challenged the Russian leader to meet him in person"
        {"want*", "seek", CueSign::positive},
        // An effort made: "trying to help bring the two leaders together", "working to broker a
        // truce". Not land: trying to take it ("may try to seize the rest of the Donetsk
        // region", "would not try to retake the peninsula by force") is war, not a term.
        {"try to", "seek", CueSign::positive, kEffortIssues}, {"tries to", "seek", CueSign::positive, kEffortIssues},
        {"tried to", "seek", CueSign::positive, kEffortIssues}, {"trying to", "seek", CueSign::positive, kEffortIssues},
        // verbs only: "an attempt to obtain a respite" judges, it does not try
        {"attempting to", "seek", CueSign::positive, kEffortIssues},
        {"attempted to", "seek", CueSign::positive, kEffortIssues},
        {"working to", "seek", CueSign::positive, kEffortIssues},
        {"worked to", "seek", CueSign::positive, kEffortIssues}, {"works to", "seek", CueSign::positive, kEffortIssues},
        // with a partner: "was working with the United Nations to restore safe passage"
        {"working with ... to", "seek", CueSign::positive, kEffortIssues},
        {"worked with ... to", "seek", CueSign::positive, kEffortIssues},
        // "has no plans to build nuclear weapons" (not the noun alone: "a British plan to station troops")
        {"no plans to", "reject", CueSign::negative}, {"planned to", "seek", CueSign::positive},
        {"planning to", "seek", CueSign::positive},
        // "would never allow Ukraine to acquire nuclear weapons" (not "a pause would only allow Kyiv to rearm")
        {"not allow* ... to", "reject", CueSign::negative}, {"never allow* ... to", "reject", CueSign::negative},
        {"push* for", "seek", CueSign::positive},
        {"angling for", "seek", CueSign::positive},
        {"throw* ... weight behind", "support", CueSign::positive},  // "threw its weight behind a truce"
        {"threw ... weight behind", "support", CueSign::positive},
        {"press* for", "seek", CueSign::positive},
        {"ask* for", "seek", CueSign::positive},
        {"plead* for", "seek", CueSign::positive},
        {"plead* with ... for", "seek", CueSign::positive},
        {"pleaded with ... for", "seek", CueSign::positive},
        {"appeal* for", "seek", CueSign::positive},
        {"appeal* to ... for", "seek", CueSign::positive},
        {"ask* ... for", "seek", CueSign::positive},
        {"ask* ... to", "urge", CueSign::positive},  // "asked both parties to allow safe passage"
        // "would keep weapons deliveries to Kyiv on hold"
        {"keep* ... on hold", "reject", CueSign::negative, "military-aid humanitarian-corridors prisoner-exchange"},
        {"kept ... on hold", "reject", CueSign::negative, "military-aid humanitarian-corridors prisoner-exchange"},
        {"put* ... on hold", "reject", CueSign::negative, "military-aid humanitarian-corridors prisoner-exchange"},
        {"request*", "seek", CueSign::positive},
        {"asked that", "demand", CueSign::positive},  // "have asked that sanctions ... be lifted"
        {"asks that", "demand", CueSign::positive},
        {"ask that", "demand", CueSign::positive},
        {"contribut* to", "provide", CueSign::positive, "security-guarantees military-aid"},
        {"aspir*", "seek", CueSign::positive},
        {"aim* for", "seek", CueSign::positive},
        {"hope* for", "seek", CueSign::positive},
        {"hoped", "seek", CueSign::positive},  // "said it hoped the two presidents would meet" (not the noun "hopes")
        {"condition*", "demand", CueSign::positive},
        {"precondition*", "demand", CueSign::positive},
        {"prerequisite*", "demand", CueSign::positive},
        {"stressed the need for", "demand", CueSign::positive},
        {"emphasized the need for", "demand", CueSign::positive},
        {"emphasised the need for", "demand", CueSign::positive},
        // "each stressed the need to hold accountable those responsible"
        {"stress* the need to", "demand", CueSign::positive}, {"stress* the need for", "demand", CueSign::positive},
        {"emphasi* the need to", "demand", CueSign::positive}, {"underlin* the need to", "demand", CueSign::positive},
        {"underlin* the need for", "demand", CueSign::positive}, {"highlight* the need to", "demand", CueSign::positive},
        {"highlight* the need for", "demand", CueSign::positive},
        {"maintain*", "insist", CueSign::positive},
        {"affirm", "insist", CueSign::positive}, {"affirms", "insist", CueSign::positive},
        {"affirmed", "insist", CueSign::positive},  // "has repeatedly affirmed Ukraine's territorial integrity"
        {"reaffirm*", "insist", CueSign::positive},  // "reaffirmed its non-recognition of Crimea's annexation"
        // A party's terms: "Russia's terms include ...", "sets out its terms for a deal:".
        {"its terms", "demand", CueSign::positive},
        {"their terms", "demand", CueSign::positive},
        {"our terms", "demand", CueSign::positive},
        {"terms for", "demand", CueSign::positive},
        {"terms include", "demand", CueSign::positive},
        {"must include", "demand", CueSign::positive}, {"should include", "demand", CueSign::positive},
        {"had to include", "demand", CueSign::positive}, {"has to include", "demand", CueSign::positive},
        {"continu* its efforts to", "pledge", CueSign::positive},  // "would continue its efforts to bring ... together"
        {"continu* their efforts to", "pledge", CueSign::positive},
        {"must contain", "demand", CueSign::positive},  // "any peace deal must include accountability"
        {"ratchet* up", "impose", CueSign::positive, "sanctions"},  // "sanctions would be ratcheted up"
        // "would respect the moratorium on strikes", "must fully respect Ukraine's sovereignty"
        {"respect", "accept", CueSign::positive}, {"respects", "accept", CueSign::positive},
        {"respected", "accept", CueSign::positive},
        {"lead to more deaths", "reject", CueSign::negative, "", true},  // "the new aid would only lead to more deaths"
        {"lead to more bloodshed", "reject", CueSign::negative, "", true},
        {"countenanc*", "accept", CueSign::positive},  // "refusal to countenance any Western guarantee"
        {"be accompanied by", "demand", CueSign::positive},  // "must be accompanied by security guarantees"
        {"arrangements for", "propose", CueSign::positive, "leaders-meeting"},
        // "Ukraine's position in Istanbul remained unchanged, he said: a ceasefire, ..."
        {"position ... remain* unchanged", "demand", CueSign::positive},
        {"position ... is unchanged", "demand", CueSign::positive},
        // "must remove the root causes", "eliminating all the primary causes of the conflict"
        {"remove", "reject", CueSign::negative}, {"removing", "reject", CueSign::negative},
        {"removed", "reject", CueSign::negative}, {"removes", "reject", CueSign::negative},
        {"eliminat*", "reject", CueSign::negative},
        {"arrange", "propose", CueSign::positive, "leaders-meeting"}, {"arranged", "propose", CueSign::positive, "leaders-meeting"},
        {"arranging", "propose", CueSign::positive, "leaders-meeting"},  // "had begun arranging a meeting between"
        {"like* to see", "demand", CueSign::positive}, {"liked to see", "demand", CueSign::positive},
        {"no question of", "reject", CueSign::negative},  // "there can be no question of a withdrawal"
        {"no talk of", "reject", CueSign::negative},  // "there could be no talk of ceding Crimea"
        // "an amnesty for war crimes cannot be part of a peace deal"
        {"part of ... deal", "accept", CueSign::positive, "", true},
        {"part of ... agreement", "accept", CueSign::positive, "", true},
        {"part of ... settlement", "accept", CueSign::positive, "", true},
        // "Kyiv's red lines were unchanged: no recognition of ...", the list after them
        {"red lines were", "demand", CueSign::positive}, {"red lines are", "demand", CueSign::positive},
        {"red lines include*", "demand", CueSign::positive}, {"red lines remain*", "demand", CueSign::positive},
        // "the Russian side's main goal in Istanbul had been to get Ukraine to accept neutrality"
        {"goal ... had been", "demand", CueSign::positive}, {"goal ... has been", "demand", CueSign::positive},
        {"aim ... had been", "demand", CueSign::positive}, {"aim was", "demand", CueSign::positive},
        {"aim is", "demand", CueSign::positive},
        // Accepting and supporting.
        {"accept*", "accept", CueSign::positive},
        {"ratif*", "accept", CueSign::positive},
        {"agree*", "accept", CueSign::positive},
        {"endors*", "accept", CueSign::positive},
        {"back", "accept", CueSign::positive},
        {"backs", "accept", CueSign::positive},
        {"backed", "accept", CueSign::positive},
        {"backing", "accept", CueSign::positive},
        // "Minsk fully shares Moscow's demand" (not "shared", also an adjective)
        {"shares", "accept", CueSign::positive}, {"fully share*", "accept", CueSign::positive},
        // What a document lists is its author's (holder: contents_holder): "The memorandum
        // includes a neutral Ukraine", "Among its terms are ..."
        {"include", "propose", CueSign::positive}, {"includes", "propose", CueSign::positive},
        {"included", "propose", CueSign::positive},
        {"among its terms are", "propose", CueSign::positive}, {"among its terms were", "propose", CueSign::positive},
        {"among its demands are", "propose", CueSign::positive}, {"among its demands were", "propose", CueSign::positive},
        {"among its provisions are", "propose", CueSign::positive},
        {"among its provisions were", "propose", CueSign::positive},
        // "Kyiv must accept reality on Crimea": the realities are Russia's hold on the land
        {"accept reality", "demand", CueSign::negative, kLandIssues},
        {"accept the reality", "demand", CueSign::negative, kLandIssues},
        {"accept the realities", "demand", CueSign::negative, kLandIssues},
        {"accept the new realities", "demand", CueSign::negative, kLandIssues},
        {"accept territorial realities", "demand", CueSign::negative, kLandIssues},
        // "Russia suspends participation in Black Sea grain deal"
        {"suspend* participation in", "reject", CueSign::negative},
        {"suspend* its participation in", "reject", CueSign::negative},
        // "agreed that the exchange of prisoners should go ahead" (not "should go": an end)
        {"should go ahead", "accept", CueSign::positive, "", true},
        {"would go ahead", "accept", CueSign::positive, "", true},
        {"will go ahead", "accept", CueSign::positive, "", true},
        {"must go ahead", "accept", CueSign::positive, "", true},
        // "Ukraine is still waiting for an invitation to join NATO": a wait is a want
        {"waiting for", "demand", CueSign::positive, kAwaitedIssues},
        {"awaits", "demand", CueSign::positive, kAwaitedIssues},
        {"awaiting", "demand", CueSign::positive, kAwaitedIssues},
        // "Trump had raised the possibility of a trilateral meeting"
        {"raised the possibility of", "propose", CueSign::positive},
        {"raises the possibility of", "propose", CueSign::positive},
        // "Moscow would not rejoin the deal until ..."
        {"rejoin", "accept", CueSign::positive, "humanitarian-corridors"},
        {"rejoins", "accept", CueSign::positive, "humanitarian-corridors"},
        {"rejoined", "accept", CueSign::positive, "humanitarian-corridors"},
        // "keep working to revive the corridor" (not "a condition for reviving the deal":
        // the condition is the demand)
        {"revive", "propose", CueSign::positive, "humanitarian-corridors ceasefire prisoner-exchange leaders-meeting"},
        {"revives", "propose", CueSign::positive, "humanitarian-corridors ceasefire prisoner-exchange leaders-meeting"},
        // "would respond harshly to any deliveries of Tomahawk missiles": a threat
        {"respond* harshly to", "reject", CueSign::negative}, {"respond* firmly to", "reject", CueSign::negative},
        {"respond* decisively to", "reject", CueSign::negative},
        {"support*", "accept", CueSign::positive},
        {"welcom*", "accept", CueSign::positive},
        {"favor*", "accept", CueSign::positive},
        {"favour*", "accept", CueSign::positive},
        {"responded positively to", "accept", CueSign::positive},
        {"commit* to", "accept", CueSign::positive},
        {"commitment to", "accept", CueSign::positive},
        // "the commitment of the United States to Ukraine's territorial integrity" (holder:
        // the actor after "of", commitment_of())
        {"commitment of", "accept", CueSign::positive},
        {"open to", "accept", CueSign::positive},
        {"open*", "provide", CueSign::positive, "humanitarian-corridors"},  // "had opened the corridors"
        {"willing* to", "accept", CueSign::positive},
        {"ready to", "accept", CueSign::positive},
        {"signal* readiness", "accept", CueSign::positive},
        {"readiness to", "accept", CueSign::positive},   // "reiterated Ankara's readiness to host a summit"
        {"readiness for", "accept", CueSign::positive},
        {"stood ready to", "accept", CueSign::positive},
        {"spare no effort to", "pledge", CueSign::positive},  // "will spare no effort to facilitate a ceasefire"
        {"efforts to", "support", CueSign::positive},  // "would continue its efforts to bring Putin and Zelensky together"
        {"must be accompanied by", "demand", CueSign::positive},  // "any peace must be accompanied by guarantees"
        {"insistence on", "demand", CueSign::positive},
        {"non-recognition of", "reject", CueSign::negative},  // "non-recognition of the annexation of Crimea"
        {"spares no effort to", "pledge", CueSign::positive},
        {"spared no effort to", "pledge", CueSign::positive},
        {"facilitate", "support", CueSign::positive},
        {"facilitating", "support", CueSign::positive},
        // "accepted neutrality only as the price of real guarantees": what is bought is demanded
        {"as the price of", "demand", CueSign::positive},
        {"as the price for", "demand", CueSign::positive},
        // "a just peace must also mean that those responsible are brought to justice"
        {"must mean", "demand", CueSign::positive},
        {"must also mean", "demand", CueSign::positive},
        {"stands ready to", "accept", CueSign::positive},
        {"stand ready to", "accept", CueSign::positive},
        {"ready for", "accept", CueSign::positive},
        {"prepared to", "accept", CueSign::positive},
        {"vow*", "pledge", CueSign::positive},
        {"signed", "accept", CueSign::positive},
        {"sign", "accept", CueSign::positive},  // "would not sign anything that legitimises the occupation"
        {"signs", "accept", CueSign::positive},
        {"approv*", "accept", CueSign::positive},
        {"recognis*", "accept", CueSign::positive},  // "recognise the annexation of Crimea"
        {"recogniz*", "accept", CueSign::positive},
        {"join*", "join", CueSign::positive},
        // Acting on an issue: aid and sanctions.
        {"provid*", "provide", CueSign::positive, "military-aid humanitarian-corridors security-guarantees"},
        {"grant*", "provide", CueSign::positive},  // "could grant impunity", "would grant de jure recognition"
        // A text's terms: "the document provides for Ukraine's neutral status".
        {"provides for", "propose", CueSign::positive},
        {"provide for", "propose", CueSign::positive},
        {"would provide for", "propose", CueSign::positive},
        {"suppl*", "provide", CueSign::positive, "military-aid"},
        {"deliver*", "provide", CueSign::positive, "military-aid"},
        {"sent", "provide", CueSign::positive, "military-aid security-guarantees"},
        // verbs only: "the deployment of NATO troops ... is unacceptable" is the speaker's topic
        {"deploy", "provide", CueSign::positive, "security-guarantees"}, {"deploys", "provide", CueSign::positive, "security-guarantees"},
        {"deployed", "provide", CueSign::positive, "security-guarantees"}, {"deploying", "provide", CueSign::positive, "security-guarantees"},
        {"help* coordinate", "provide", CueSign::positive, "security-guarantees military-aid"},
        {"pledg*", "pledge", CueSign::positive},
        {"receiv*", "receive", CueSign::positive, "military-aid security-guarantees"},
        {"send*", "provide", CueSign::positive, "military-aid security-guarantees"},
        {"channel*", "provide", CueSign::positive, "military-aid"},  // "will channel 85 billion crowns to Ukraine"
        // "would fund two more Patriot systems for Kyiv": the verbs (not "funds", "funding",
        // nouns as often: "blocked the use of EU funds for weapons deliveries"; nor
        // "finance", a portfolio: "Finance Minister Anton Siluanov")
        {"fund", "provide", CueSign::positive, "military-aid"}, {"funded", "provide", CueSign::positive, "military-aid"},
        {"financed", "provide", CueSign::positive, "military-aid"},
        // "would grant de jure recognition of Russian control over Crimea", "grant security guarantees"
        {"grant*", "accept", CueSign::positive, "crimea donbas territorial-integrity security-guarantees"},
        // "any deal must end Western arms deliveries", "argued that the sanctions should be reviewed"
        // (not "end" alone: "the war must end at the negotiating table", "the end of June")
        {"end western", "reject", CueSign::negative, "military-aid sanctions"},
        {"ending western", "reject", CueSign::negative, "military-aid sanctions"},
        {"end all", "reject", CueSign::negative, "military-aid sanctions"},
        {"review*", "reject", CueSign::negative, "sanctions"},
        {"impos*", "impose", CueSign::positive, "sanctions"},
        {"extend*", "impose", CueSign::positive, "sanctions humanitarian-corridors"},  // "would not extend the grain deal"; not a truce: "goals extend beyond a ceasefire"
        {"tighten*", "impose", CueSign::positive, "sanctions"},
        {"adopt*", "accept", CueSign::positive, "sanctions neutrality nuclear-free-status"},  // "adopt a neutral status"
        {"remain* in place", "keep", CueSign::positive, "sanctions", true},
        {"stay in place", "keep", CueSign::positive, "sanctions", true},
        {"remain* in force", "keep", CueSign::positive, "sanctions", true},  // "sanctions would remain in force"
        {"stay in force", "keep", CueSign::positive, "sanctions", true},
        {"stay", "keep", CueSign::positive, "sanctions", true},  // "The sanctions stay until Russia pulls out"
        {"stays", "keep", CueSign::positive, "sanctions", true},
        {"keep*", "keep", CueSign::positive, "sanctions military-aid humanitarian-corridors"},  // "keep arming Ukraine"
        {"keep* up", "keep", CueSign::positive}, {"kept up", "keep", CueSign::positive},  // "keep up military support"
        // Announcing, raising and stepping up an act: "announced $800 million in security
        // assistance", "stepped up sanctions pressure", "raise its military support".
        // Longer than the reporting verb "announced", so an article after it makes it an act.
        {"announced a", "provide", CueSign::positive, "military-aid sanctions humanitarian-corridors prisoner-exchange ceasefire"},
        {"announced an", "provide", CueSign::positive, "military-aid sanctions humanitarian-corridors prisoner-exchange ceasefire"},
        {"announced new", "provide", CueSign::positive, "military-aid sanctions humanitarian-corridors prisoner-exchange ceasefire"},
        {"announces a", "provide", CueSign::positive, "military-aid sanctions humanitarian-corridors prisoner-exchange ceasefire"},
        {"announces an", "provide", CueSign::positive, "military-aid sanctions humanitarian-corridors prisoner-exchange ceasefire"},
        {"announces new", "provide", CueSign::positive, "military-aid sanctions humanitarian-corridors prisoner-exchange ceasefire"},
        // An amount after the verb makes it an act too: "announced $2 billion in new
        // military aid", "committed 1.5 billion euros to arming Kyiv".
        {"announce* ... million", "provide", CueSign::positive, "military-aid humanitarian-corridors"},
        {"announce* ... billion", "provide", CueSign::positive, "military-aid humanitarian-corridors"},
        {"commit* ... million", "provide", CueSign::positive, "military-aid humanitarian-corridors"},
        {"commit* ... billion", "provide", CueSign::positive, "military-aid humanitarian-corridors"},
        {"allocat* ... million", "provide", CueSign::positive, "military-aid humanitarian-corridors"},
        {"allocat* ... billion", "provide", CueSign::positive, "military-aid humanitarian-corridors"},
        {"earmark* ... million", "provide", CueSign::positive, "military-aid humanitarian-corridors"},
        {"earmark* ... billion", "provide", CueSign::positive, "military-aid humanitarian-corridors"},
        // "announced fresh sanctions"
        {"announced fresh", "provide", CueSign::positive, "military-aid sanctions"},
        // "Putin declares an Easter truce" (a reporting "declared" has no article after it)
        {"declared a", "provide", CueSign::positive, "ceasefire humanitarian-corridors"},
        {"declared an", "provide", CueSign::positive, "ceasefire humanitarian-corridors"},
        {"declares a", "provide", CueSign::positive, "ceasefire humanitarian-corridors"},
        {"declares an", "provide", CueSign::positive, "ceasefire humanitarian-corridors"},
        {"announced another", "provide", CueSign::positive, "military-aid sanctions"},
        // "the bloc is preparing another round of sanctions"
        {"prepar*", "propose", CueSign::positive, "military-aid sanctions"},
        {"announces another", "provide", CueSign::positive, "military-aid sanctions"},
        {"announced further", "provide", CueSign::positive, "military-aid sanctions"},
        {"announced more", "provide", CueSign::positive, "military-aid sanctions"},

        {"confirmed a", "provide", CueSign::positive, "military-aid sanctions humanitarian-corridors prisoner-exchange ceasefire"},
        {"confirmed an", "provide", CueSign::positive, "military-aid sanctions humanitarian-corridors prisoner-exchange ceasefire"},
        {"confirmed new", "provide", CueSign::positive, "military-aid sanctions humanitarian-corridors prisoner-exchange ceasefire"},
        {"unveil*", "provide", CueSign::positive, "military-aid sanctions humanitarian-corridors prisoner-exchange ceasefire"},
        {"step* up", "provide", CueSign::positive, "military-aid sanctions"},
        {"stepped up", "provide", CueSign::positive, "military-aid sanctions"},
        // Verb forms only: "received increasing military support" is no one's increase.
        {"increase", "provide", CueSign::positive, "military-aid sanctions"},
        {"increases", "provide", CueSign::positive, "military-aid sanctions"},
        {"increased its", "provide", CueSign::positive, "military-aid sanctions"},
        {"increased their", "provide", CueSign::positive, "military-aid sanctions"},
        {"raise its", "provide", CueSign::positive, "military-aid"},
        {"raise their", "provide", CueSign::positive, "military-aid"},
        {"raised its", "provide", CueSign::positive, "military-aid"},
        {"raised their", "provide", CueSign::positive, "military-aid"},
        {"boost", "provide", CueSign::positive, "military-aid sanctions"},
        {"boosts", "provide", CueSign::positive, "military-aid sanctions"},
        {"boosted its", "provide", CueSign::positive, "military-aid sanctions"},
        {"boosted their", "provide", CueSign::positive, "military-aid sanctions"},
        
        // Championing and embracing: the broad family of news English for backing.
        {"champion*", "accept", CueSign::positive},
        {"advocat*", "accept", CueSign::positive},
        {"embrac*", "accept", CueSign::positive},
        {"hail*", "accept", CueSign::positive},
        {"prais*", "accept", CueSign::positive},
        {"applaud*", "accept", CueSign::positive},
        {"warm* to", "accept", CueSign::positive},
        {"receptive to", "accept", CueSign::positive},
        {"amenable to", "accept", CueSign::positive},
        {"keen on", "accept", CueSign::positive},
        {"keen to", "accept", CueSign::positive},
        {"eager for", "accept", CueSign::positive},
        {"eager to", "accept", CueSign::positive},
        {"signal* willingness", "accept", CueSign::positive},
        {"signal* openness", "accept", CueSign::positive},
        {"consent* to", "accept", CueSign::positive},
        {"acquiesc*", "accept", CueSign::positive},
        {"sign* off on", "accept", CueSign::positive},
        {"signed off on", "accept", CueSign::positive},
        {"sign* up to", "accept", CueSign::positive},
        {"signed up to", "accept", CueSign::positive},
        {"green-light*", "accept", CueSign::positive},
        {"greenlit", "accept", CueSign::positive},
        {"authoris*", "accept", CueSign::positive},
        {"authoriz*", "accept", CueSign::positive},
        // Verb forms only: "any new promise of safe passage" is no one's pledge.
        {"promised", "pledge", CueSign::positive},
        {"promise to", "pledge", CueSign::positive},
        {"promises to", "pledge", CueSign::positive},
        {"promising to", "pledge", CueSign::positive},
        // A threat is a pledge with a condition: "threatened new sanctions unless Moscow
        // agreed to a truce" demands the truce (read_condition).
        {"threaten* to", "pledge", CueSign::positive},
        // "threatened new sanctions": only sanctions, since "threatened the ceasefire" endangers it
        {"threaten*", "pledge", CueSign::positive, "sanctions"},
        {"intend*", "seek", CueSign::positive},
        {"prefer*", "accept", CueSign::positive},       // "they prefer to carry out swaps in batches"
        {"undertak*", "pledge", CueSign::positive},     // "would undertake not to host foreign bases"
        {"envisag*", "propose", CueSign::positive},     // "the framework envisages recognition of ..."  // "has no intention of joining": the negation flips it
        {"intention*", "seek", CueSign::positive},
        // "refused to countenance a ceasefire", "would not entertain the idea".
        {"countenanc*", "accept", CueSign::positive},
        {"entertain*", "accept", CueSign::positive},
        {"lobb* for", "seek", CueSign::positive},
        {"secure", "seek", CueSign::positive},      // "had come to secure an unconditional ceasefire"
        {"securing", "seek", CueSign::positive},
        {"press* ahead with", "seek", CueSign::positive},
        {"push* ahead with", "seek", CueSign::positive},
        {"go* ahead with", "seek", CueSign::positive},
        {"proceed* with", "seek", CueSign::positive},
        {"stand in the way of", "reject", CueSign::negative},  // "will not stand in the way of re-exports"
        {"stood in the way of", "reject", CueSign::negative},
        {"lobb* ... for", "seek", CueSign::positive},
        {"press* ... for", "seek", CueSign::positive},
        {"push* ... for", "seek", CueSign::positive},
        // "has pushed both sides toward a 30-day truce"
        {"push* ... toward", "seek", CueSign::positive}, {"push* ... towards", "seek", CueSign::positive},
        {"nudg* ... toward", "seek", CueSign::positive}, {"nudg* ... towards", "seek", CueSign::positive},
        {"hold* out for", "insist", CueSign::positive},
        {"holding out for", "insist", CueSign::positive},
        {"held out for", "insist", CueSign::positive},
        {"requir*", "demand", CueSign::positive},
        {"floats", "propose", CueSign::positive},
        {"floating", "propose", CueSign::positive},
        {"tabled", "propose", CueSign::positive},
        {"tabling", "propose", CueSign::positive},
        {"puts forward", "propose", CueSign::positive},
        {"putting forward", "propose", CueSign::positive},

        // Rejecting and giving up.
        // Rebuffing, scorning and condemning: the broad family of news English for
        // refusal. Condemning composes like any cue: "denounced the annexation of
        // Crimea" supports Crimea being Ukraine's.
        {"rebuff*", "reject", CueSign::negative},
        {"spurn*", "reject", CueSign::negative},
        {"scoff* at", "reject", CueSign::negative},
        {"pour* cold water on", "reject", CueSign::negative},
        {"poured cold water on", "reject", CueSign::negative},
        {"baulk* at", "reject", CueSign::negative},
        {"bristl* at", "reject", CueSign::negative},
        {"wave* away", "reject", CueSign::negative},
        {"waved away", "reject", CueSign::negative},
        {"wave* aside", "reject", CueSign::negative},
        {"waved aside", "reject", CueSign::negative},
        {"torpedo*", "reject", CueSign::negative},
        {"denounc*", "reject", CueSign::negative},
        {"condemn*", "reject", CueSign::negative},
        {"criticis*", "reject", CueSign::negative},
        {"criticiz*", "reject", CueSign::negative},
        {"decried", "reject", CueSign::negative},
        {"decry", "reject", CueSign::negative},
        {"decries", "reject", CueSign::negative},
        {"slam*", "reject", CueSign::negative},
        {"mock*", "reject", CueSign::negative},
        {"ridicul*", "reject", CueSign::negative},
        {"is against", "reject", CueSign::negative},
        {"not against", "accept", CueSign::positive},  // "Ukraine is not against a ceasefire"
        // "Israel was careful to avoid any commitment to supplying weapons"
        {"avoid*", "reject", CueSign::negative},
        // "will not hesitate to impose sanctions": the negation is the cue's own
        {"not hesitate to", "accept", CueSign::positive}, {"never hesitate* to", "accept", CueSign::positive},
        {"won't hesitate to", "accept", CueSign::positive}, {"wouldn't hesitate to", "accept", CueSign::positive},
        // "any European peacekeepers in Ukraine would be legitimate targets"
        {"legitimate target*", "reject", CueSign::negative, "", true},
        {"slapped", "support", CueSign::positive, "sanctions"}, {"slaps", "support", CueSign::positive, "sanctions"},
        {"roll* over", "support", CueSign::positive, "sanctions"},  // "the EU rolled over its sanctions"
        {"are against", "reject", CueSign::negative},
        {"was against", "reject", CueSign::negative},
        {"were against", "reject", CueSign::negative},
        {"remain* against", "reject", CueSign::negative},
        {"stand* against", "reject", CueSign::negative},
        {"hostile to", "reject", CueSign::negative},
        {"hostility to", "reject", CueSign::negative},
        {"hostility towards", "reject", CueSign::negative},
        {"sceptical of", "reject", CueSign::negative},
        {"sceptical about", "reject", CueSign::negative},
        {"skeptical of", "reject", CueSign::negative},
        {"skeptical about", "reject", CueSign::negative},
        {"scepticism about", "reject", CueSign::negative},
        {"skepticism about", "reject", CueSign::negative},
        {"wary of", "reject", CueSign::negative},
        {"cool on", "reject", CueSign::negative},
        {"cool to", "reject", CueSign::negative},
        {"cool towards", "reject", CueSign::negative},
        {"scrap*", "renounce", CueSign::negative},
        {"relinquish*", "renounce", CueSign::negative},
        {"waiv*", "renounce", CueSign::negative},
        {"call* off", "renounce", CueSign::negative},
        {"called off", "renounce", CueSign::negative},
        {"reject*", "reject", CueSign::negative},
        {"refus*", "reject", CueSign::negative},
        {"oppos*", "reject", CueSign::negative},
        {"rule* out", "rule-out", CueSign::negative},
        {"ruling out", "rule-out", CueSign::negative},
        {"dismiss*", "reject", CueSign::negative},
        {"turn* down", "reject", CueSign::negative},
        {"ignor*", "reject", CueSign::negative},
        {"disregard*", "reject", CueSign::negative},
        {"brush*", "reject", CueSign::negative},  // "brushed the idea aside", "brushed off"
        {"shrug* off", "reject", CueSign::negative},
        {"not ... consider*", "reject", CueSign::negative},  // "will not even consider"
        // Drawing a line at something refuses it: "drew a firm line at NATO membership".
        {"drew a ... line at", "reject", CueSign::negative},
        {"draw* a ... line at", "reject", CueSign::negative},
        {"drew the line at", "reject", CueSign::negative},
        {"draw* the line at", "reject", CueSign::negative},
        // A ban opposes what it bans: "a ban on Ukraine acquiring nuclear weapons".
        {"ban on", "reject", CueSign::negative},
        {"bans on", "reject", CueSign::negative},
        {"banning", "reject", CueSign::negative},
        {"prohibit*", "reject", CueSign::negative},
        {"forego*", "renounce", CueSign::negative},
        {"cede", "renounce", CueSign::negative},
        {"cedes", "renounce", CueSign::negative},
        {"ceded", "renounce", CueSign::negative},
        {"ceding", "renounce", CueSign::negative},
        {"surrender*", "renounce", CueSign::negative},
        {"hand over", "renounce", CueSign::negative},
        // Land only: "the document Ukraine's negotiators handed over" gives up nothing.
        {"hands over", "renounce", CueSign::negative, "donbas crimea territorial-integrity"},
        {"handed over", "renounce", CueSign::negative, "donbas crimea territorial-integrity"},
        {"handing over", "renounce", CueSign::negative, "donbas crimea territorial-integrity"},
        {"forgo*", "renounce", CueSign::negative},
        // "refused to bargain away Crimea", "will not trade away Ukraine's territory"
        {"bargain* away", "renounce", CueSign::negative}, {"trade* away", "renounce", CueSign::negative},
        {"traded away", "renounce", CueSign::negative}, {"sign* away", "renounce", CueSign::negative},
        {"give away", "renounce", CueSign::negative}, {"gave away", "renounce", CueSign::negative},
        {"giving away", "renounce", CueSign::negative}, {"gives away", "renounce", CueSign::negative},
        {"give up", "renounce", CueSign::negative},
        {"giving up", "renounce", CueSign::negative},
        {"gave up", "renounce", CueSign::negative},
        {"gives up", "renounce", CueSign::negative},
        {"abandon*", "renounce", CueSign::negative},
        {"walk* away from", "renounce", CueSign::negative}, {"walked away from", "renounce", CueSign::negative},
        // "only a just peace based on the withdrawal of Russian forces could last"
        {"peace based on", "demand", CueSign::positive}, {"settlement based on", "demand", CueSign::positive},
        {"solution based on", "demand", CueSign::positive}, {"agreement based on", "demand", CueSign::positive},
        {"revers*", "renounce", CueSign::negative},  // "no intention of reversing its non-nuclear status"
        {"reconsider*", "renounce", CueSign::negative},  // "urged Berlin to reconsider its refusal to send Taurus missiles"
        // "agree to freeze its NATO bid", "froze military aid" (a frozen front is a ceasefire,
        // frozen assets a sanction: phrases of their own)
        {"freez*", "renounce", CueSign::negative, "neutrality military-aid"},
        {"froze", "renounce", CueSign::negative, "neutrality military-aid"},
        // "the flow of arms were frozen", "has frozen military aid" (not "frozen" alone:
        // "the return of frozen Russian reserves" is the sanctions' phrase)
        {"were frozen", "renounce", CueSign::negative, "neutrality military-aid"},
        {"was frozen", "renounce", CueSign::negative, "neutrality military-aid"},
        {"be frozen", "renounce", CueSign::negative, "neutrality military-aid"},
        {"been frozen", "renounce", CueSign::negative, "neutrality military-aid"},
        {"has frozen", "renounce", CueSign::negative, "neutrality military-aid"},
        {"have frozen", "renounce", CueSign::negative, "neutrality military-aid"},
        {"had frozen", "renounce", CueSign::negative, "neutrality military-aid"},
        // "would not scale back its military support", "cut aid to Kyiv", "wind down
        // the sanctions" (not "cut off": "Kyiv cut off from Western arms" is done to it)
        {"scal* back", "reject", CueSign::negative, "military-aid sanctions"},
        {"scaled back", "reject", CueSign::negative, "military-aid sanctions"},
        {"cut back", "reject", CueSign::negative, "military-aid sanctions"},
        {"cuts back", "reject", CueSign::negative, "military-aid sanctions"},
        {"cutting back", "reject", CueSign::negative, "military-aid sanctions"},
        {"wind* down", "reject", CueSign::negative, "military-aid sanctions"},
        {"wound down", "reject", CueSign::negative, "military-aid sanctions"},
        {"reduc*", "reject", CueSign::negative, "military-aid"},
        {"cut", "reject", CueSign::negative, "military-aid"},
        {"cuts", "reject", CueSign::negative, "military-aid"},
        {"cutting", "reject", CueSign::negative, "military-aid"},
        // "threatening to hold up the renewal of EU sanctions"
        {"hold* up", "reject", CueSign::negative}, {"held up", "reject", CueSign::negative},
        // "calls for stopping weapons deliveries to the battlefield", "should stop sending
        // weapons" (not "until arms supplies stop": what is awaited, read as a condition)
        {"stopping", "reject", CueSign::negative, "military-aid"},
        {"stop sending", "reject", CueSign::negative, "military-aid"},
        {"stop providing", "reject", CueSign::negative, "military-aid"},
        {"stop delivering", "reject", CueSign::negative, "military-aid"},
        // "a truce, but only once Kyiv stops receiving Western weapons" (not "a package under
        // which Kyiv would stop receiving Western weapons": the package's terms are its
        // proposer's, and the holder rules do not yet know it)
        {"stops receiving", "reject", CueSign::negative, "military-aid"},
        // "we will not pay for peace with Crimea or with any other part of our land"
        {"pay* for peace with", "renounce", CueSign::negative, "donbas crimea territorial-integrity"},
        {"paid for peace with", "renounce", CueSign::negative, "donbas crimea territorial-integrity"},
        // "Ukraine did not trade its territories" (land only: trade with Russia is no term)
        {"trade", "renounce", CueSign::negative, "donbas crimea territorial-integrity"},
        {"trades", "renounce", CueSign::negative, "donbas crimea territorial-integrity"},
        {"traded", "renounce", CueSign::negative, "donbas crimea territorial-integrity"},
        {"trading", "renounce", CueSign::negative, "donbas crimea territorial-integrity"},
        {"renounc*", "renounce", CueSign::negative},
        {"renunciation", "renounce", CueSign::negative},  // "its renunciation of plans to join NATO"
        {"dropped", "renounce", CueSign::negative},
        {"drop", "renounce", CueSign::negative},
        {"drops", "renounce", CueSign::negative},
        {"dropping", "renounce", CueSign::negative},
        {"walk* away from", "reject", CueSign::negative},
        // Leaving an agreement: "Russia pulled out of the Black Sea Grain Initiative". Not
        // land or troops, where "pull out of" names the withdrawal itself.
        {"pulled out of", "reject", CueSign::negative, "humanitarian-corridors ceasefire prisoner-exchange"},
        {"pulls out of", "reject", CueSign::negative, "humanitarian-corridors ceasefire prisoner-exchange"},
        {"pulling out of", "reject", CueSign::negative, "humanitarian-corridors ceasefire prisoner-exchange"},
        {"withdrew from", "reject", CueSign::negative, "humanitarian-corridors ceasefire prisoner-exchange"},
        {"withdraws from", "reject", CueSign::negative, "humanitarian-corridors ceasefire prisoner-exchange"},
        {"withdrawing from", "reject", CueSign::negative, "humanitarian-corridors ceasefire prisoner-exchange"},
        {"object* to", "reject", CueSign::negative},
        {"object* ... to", "reject", CueSign::negative},  // "which objects fiercely to Ukraine joining NATO"
        {"no objection", "accept", CueSign::positive},
        {"s terms", "demand", CueSign::positive},
        {"live with", "accept", CueSign::positive},
        {"declin* to", "reject", CueSign::negative},  // "declined to send weapons"  // "Kyiv says it could live with neutrality"
        {"signed off on", "accept", CueSign::positive}, {"sign* off on", "accept", CueSign::positive},
        // "would bar Kyiv from joining NATO"
        {"bar", "reject", CueSign::negative}, {"bars", "reject", CueSign::negative},
        {"barred", "reject", CueSign::negative}, {"barring", "reject", CueSign::negative},
        {"exclude", "reject", CueSign::negative}, {"excludes", "reject", CueSign::negative},
        {"excluded", "reject", CueSign::negative},  // "did not exclude a further exchange"
        {"the backbone of", "support", CueSign::positive, "", true},
        // "such deliveries are a direct obstacle to peace"
        {"obstacle to peace", "reject", CueSign::negative, "", true},
        {"obstacle to a settlement", "reject", CueSign::negative, "", true},
        // "Putin has ordered a 36-hour ceasefire"
        {"ordered a", "propose", CueSign::positive, "ceasefire humanitarian-corridors prisoner-exchange"},
        {"orders a", "propose", CueSign::positive, "ceasefire humanitarian-corridors prisoner-exchange"},
        // "Moscow has tied the offer to the lifting of restrictions": a condition set
        {"tied ... to", "demand", CueSign::positive}, {"ties ... to", "demand", CueSign::positive},
        {"tying ... to", "demand", CueSign::positive},  // "Putin's terms were clear: ...", not "in terms of"
        // A swap done is a swap agreed: "Russia and Ukraine complete 1,000-for-1,000 prisoner swap"
        {"complete", "accept", CueSign::positive, "prisoner-exchange"},
        {"completed", "accept", CueSign::positive, "prisoner-exchange"},
        {"completes", "accept", CueSign::positive, "prisoner-exchange"},
        {"carried out", "accept", CueSign::positive, "prisoner-exchange"},
        {"conducted", "accept", CueSign::positive, "prisoner-exchange"},
        {"assent to", "accept", CueSign::positive}, {"assented to", "accept", CueSign::positive},
        {"assents to", "accept", CueSign::positive},  // "have given their assent to a new exchange"
        {"involved in", "accept", CueSign::positive},  // "the US would be involved in security guarantees"  // "a point on which Kyiv said it had no objection"
        {"no objections", "accept", CueSign::positive},
        {"resist*", "reject", CueSign::negative},
        {"block*", "reject", CueSign::negative},
        {"veto*", "reject", CueSign::negative},
        {"refuse*", "reject", CueSign::negative},
        {"lift*", "lift", CueSign::negative, "sanctions"},
        {"ease", "lift", CueSign::negative, "sanctions"},  // not "eas*": "an Easter truce"
        {"eases", "lift", CueSign::negative, "sanctions"},
        {"eased", "lift", CueSign::negative, "sanctions"},
        {"easing", "lift", CueSign::negative, "sanctions"},
        {"loosen*", "lift", CueSign::negative, "sanctions"},
        {"unwind*", "lift", CueSign::negative, "sanctions"},  // "start unwinding the restrictions"
        {"roll* back", "lift", CueSign::negative, "sanctions"},
        {"halt*", "reject", CueSign::negative, "military-aid"},
        {"suspend*", "reject", CueSign::negative, "military-aid sanctions"},
        // "will lift its pause on intelligence sharing and restart security assistance"
        {"lift* its pause on", "provide", CueSign::positive, "military-aid"},
        {"lift* the pause on", "provide", CueSign::positive, "military-aid"},
        {"restart*", "provide", CueSign::positive, "military-aid"},
        // verbs only: "a pause in the fighting" is a ceasefire
        {"paused", "reject", CueSign::negative, "military-aid sanctions"},
        {"pauses", "reject", CueSign::negative, "military-aid sanctions"},
        {"pausing", "reject", CueSign::negative, "military-aid sanctions"},
        {"balk* at", "reject", CueSign::negative},
        {"pour* cold water on", "reject", CueSign::negative},
        {"poured cold water on", "reject", CueSign::negative},
        {"warn* against", "reject", CueSign::negative},
        {"caution* against", "reject", CueSign::negative},
        {"pour* scorn on", "reject", CueSign::negative},
        {"shot down", "reject", CueSign::negative}, {"shoot* down", "reject", CueSign::negative},
        {"push* back against", "reject", CueSign::negative}, {"push* back on", "reject", CueSign::negative},
        {"took issue with", "reject", CueSign::negative}, {"take* issue with", "reject", CueSign::negative},
        {"stall* on", "reject", CueSign::negative},
        {"drag* ... feet on", "reject", CueSign::negative},
        {"lukewarm", "reject", CueSign::negative},
        {"non-negotiable", "insist", CueSign::positive, "", true},
        {"beyond question", "insist", CueSign::positive, "", true}, {"beyond dispute", "insist", CueSign::positive, "", true},
        {"not up for discussion", "insist", CueSign::positive, "", true},  // "X is not up for discussion": X stays
        {"not up for negotiation", "insist", CueSign::positive, "", true},
        {"not negotiable", "insist", CueSign::positive, "", true},
        {"not a subject for discussion", "insist", CueSign::positive, "", true},
        {"not a subject for negotiation", "insist", CueSign::positive, "", true},
        {"weaken*", "lift", CueSign::negative, "sanctions"},  // "sanctions pressure must not be weakened"
        // "prisoner swaps should continue": what ought to go on, not a forecast ("will continue")
        {"should continue", "insist", CueSign::positive, "", true},
        {"must continue", "insist", CueSign::positive, "", true},
        // "U.S. security assistance to Ukraine will continue": of aid and sanctions, a pledge
        {"will continue", "pledge", CueSign::positive, "military-aid sanctions", true},
        // "will continue to hold Russia's leaders accountable": goes on doing what it names
        {"will continue to", "pledge", CueSign::positive}, {"would continue to", "pledge", CueSign::positive},
        
        {"would continue", "pledge", CueSign::positive, "military-aid sanctions", true},
        {"resum*", "provide", CueSign::positive},  // "will resume security assistance"
        // A condition or judgement stated of the issue before it: "the lifting of
        // sanctions is a precondition", "a ceasefire might be tolerable", "weapons
        // deliveries only prolong the war".
        {"is a precondition", "demand", CueSign::positive, "", true},
        {"is a prerequisite", "demand", CueSign::positive, "", true},
        {"is a condition", "demand", CueSign::positive, "", true},
        {"is a ... condition", "demand", CueSign::positive, "", true},  // "was a key condition for ending the conflict"
        {"was a ... condition", "demand", CueSign::positive, "", true},
        {"was a condition", "demand", CueSign::positive, "", true},
        // "Moscow has made Ukraine's renunciation of NATO membership a precondition for any settlement"
        {"a precondition for", "demand", CueSign::positive, "", true},
        {"a condition for", "demand", CueSign::positive, "", true},
        {"its main condition", "demand", CueSign::positive, "", true},
        // "the withdrawal of Russian forces remained the cornerstone of Zelensky's peace formula"
        {"remain* the cornerstone", "demand", CueSign::positive, "", true},
        {"is the cornerstone", "demand", CueSign::positive, "", true},
        // "the lifting of sanctions must be an integral part of any agreement", "Ukraine's
        // neutral status must be the foundation of any settlement"
        {"be an integral part of", "demand", CueSign::positive, "", true},
        {"is an integral part of", "demand", CueSign::positive, "", true},
        {"be the foundation of", "demand", CueSign::positive, "", true},
        {"is the foundation of", "demand", CueSign::positive, "", true},
        {"a fundamental element of", "demand", CueSign::positive, "", true},
        {"an essential element of", "demand", CueSign::positive, "", true},
        {"a key element of", "demand", CueSign::positive, "", true},
        {"would violate", "reject", CueSign::negative, "", true},  // "any recognition would violate the UN Charter"
        {"violates", "reject", CueSign::negative, "", true},
        {"a trap", "reject", CueSign::negative, "", true},  // "talk of a ceasefire was a trap"
        {"a bad joke", "reject", CueSign::negative, "", true}, {"a joke", "reject", CueSign::negative, "", true},
        // "NATO membership for Ukraine was not a realistic outcome"
        {"a realistic outcome", "accept", CueSign::positive, "", true}, {"a realistic option", "accept", CueSign::positive, "", true},
        // "any truce would have to wait until Kyiv pulled its forces out"
        {"have to wait", "reject", CueSign::negative, "", true}, {"has to wait", "reject", CueSign::negative, "", true},
        {"would have to wait", "reject", CueSign::negative, "", true}, {"will have to wait", "reject", CueSign::negative, "", true},
        {"must wait", "reject", CueSign::negative, "", true}, {"can wait", "reject", CueSign::negative, "", true},
        // "the status of Crimea is a closed question", like "closed once and for all"
        {"a closed question", "reject", CueSign::negative, "", true},
        {"a closed issue", "reject", CueSign::negative, "", true},
        // "Crimea's status had been settled in 2014": of a place, settled as the occupier's
        {"had been settled", "reject", CueSign::negative, "crimea donbas", true},
        {"has been settled", "reject", CueSign::negative, "crimea donbas", true},
        {"was settled", "reject", CueSign::negative, "crimea donbas", true},
        {"is settled", "reject", CueSign::negative, "crimea donbas", true},
        // "any attempt by Kyiv to acquire nuclear weapons would be met with a decisive response"
        {"be met with ... decisive response", "reject", CueSign::negative, "", true},
        {"be met with ... devastating response", "reject", CueSign::negative, "", true},
        {"be met with ... harsh response", "reject", CueSign::negative, "", true},
        {"be met with ... tough response", "reject", CueSign::negative, "", true},
        {"written into", "demand", CueSign::positive, "", true},  // "must be written into any agreement"
        {"enshrined in", "demand", CueSign::positive, "", true},
        {"sceptical of", "reject", CueSign::negative}, {"skeptical of", "reject", CueSign::negative},
        {"sceptical about", "reject", CueSign::negative}, {"skeptical about", "reject", CueSign::negative},
        {"remains a precondition", "demand", CueSign::positive, "", true},
        {"remained a precondition", "demand", CueSign::positive, "", true},
        {"remain a precondition", "demand", CueSign::positive, "", true},
        {"are preconditions", "demand", CueSign::positive, "", true},
        {"indispensable", "insist", CueSign::positive, "", true},
        {"necessary", "insist", CueSign::positive, "", true},  // "did not think a ceasefire was necessary"
        {"essential", "insist", CueSign::positive, "", true},
        // The same stated of the issue after them: "the only basis for talks is a full
        // ceasefire", "our priority is the return of prisoners".
        {"basis for talks is", "demand", CueSign::positive},
        {"basis for negotiations is", "demand", CueSign::positive},
        {"basis for any talks is", "demand", CueSign::positive},
        {"priority is", "demand", CueSign::positive},
        {"goal remains", "demand", CueSign::positive},
        {"goal remained", "demand", CueSign::positive}, {"aim remains", "demand", CueSign::positive},
        {"aim remained", "demand", CueSign::positive},
        // "the supply of long-range missiles will receive an adequate response"
        {"receive an adequate response", "reject", CueSign::negative, "", true},
        {"receive a ... response", "reject", CueSign::negative, "", true},
        // "NATO membership remained its goal"
        {"remain* its goal", "demand", CueSign::positive, "", true}, {"remain* our goal", "demand", CueSign::positive, "", true},
        {"remain* the goal", "demand", CueSign::positive, "", true}, {"remain* a goal", "demand", CueSign::positive, "", true},
        {"remain* its aim", "demand", CueSign::positive, "", true}, {"remain* a priority", "demand", CueSign::positive, "", true},
        {"remain* its priority", "demand", CueSign::positive, "", true}, {"remain* our priority", "demand", CueSign::positive, "", true},
        {"remain* a strategic goal", "demand", CueSign::positive, "", true},
        {"remain* ... goal", "demand", CueSign::positive, "", true},  // "remains Ukraine's goal"
        {"is its goal", "demand", CueSign::positive, "", true},
        {"is their goal", "demand", CueSign::positive, "", true}, {"is our goal", "demand", CueSign::positive, "", true},
        {"remain* their goal", "demand", CueSign::positive, "", true},
        {"goal is", "demand", CueSign::positive},
        {"goal was", "demand", CueSign::positive},
        {"priority was", "demand", CueSign::positive},
        {"first step is", "demand", CueSign::positive},
        {"first step must be", "demand", CueSign::positive},
        {"tolerable", "accept", CueSign::positive, "", true},
        {"prolong* the war", "reject", CueSign::negative, "", true},
        {"complicate* the situation", "reject", CueSign::negative, "", true},
        {"complicate* matters", "reject", CueSign::negative, "", true},
        {"counterproductive", "reject", CueSign::negative, "", true},
        // "the sanctions had failed to achieve any of their goals": a judgement of a policy
        {"failed to achieve", "reject", CueSign::negative, "sanctions military-aid", true},
        {"have failed", "reject", CueSign::negative, "sanctions military-aid", true},
        {"had failed", "reject", CueSign::negative, "sanctions military-aid", true},
        {"has failed", "reject", CueSign::negative, "sanctions military-aid", true},
        {"do not work", "reject", CueSign::negative, "sanctions military-aid", true},
        {"don't work", "reject", CueSign::negative, "sanctions military-aid", true},
        {"ineffective", "reject", CueSign::negative, "sanctions military-aid", true},
        {"solve* nothing", "reject", CueSign::negative, "sanctions military-aid", true},  // 'sanctions "solve nothing"'
        {"solved nothing", "reject", CueSign::negative, "sanctions military-aid", true},
        {"achieve* nothing", "reject", CueSign::negative, "sanctions military-aid", true},
        {"achieved nothing", "reject", CueSign::negative, "sanctions military-aid", true},
        // "a three-way meeting was not on the agenda"
        {"not on the agenda", "reject", CueSign::negative,
         "leaders-meeting ceasefire neutrality security-guarantees sanctions military-aid prisoner-exchange", true},
        // "a Putin-Zelensky summit is not on the cards yet"
        {"not on the cards", "reject", CueSign::negative,
         "leaders-meeting ceasefire neutrality security-guarantees sanctions military-aid prisoner-exchange", true},
        // "A full ceasefire remains Kyiv's preferred outcome"
        {"preferred outcome", "demand", CueSign::positive, "", true},
        {"preferred option", "demand", CueSign::positive, "", true},
        // "a complete exchange of prisoners remained Ukraine's priority"
        {"priority", "demand", CueSign::positive, "", true},
        {"top priority", "demand", CueSign::positive, "", true},
        // "a ceasefire along the current line would only give Russia time to regroup"
        {"time to regroup", "reject", CueSign::negative, "ceasefire", true},
        {"let ... regroup", "reject", CueSign::negative, "ceasefire", true},
        {"allow ... to regroup", "reject", CueSign::negative, "ceasefire", true},
        // "Crimea will never be returned", "the occupied regions must be returned to Ukraine"
        {"be returned", "demand", CueSign::positive, kLandIssues, true},
        {"be given back", "demand", CueSign::positive, kLandIssues, true},
        // "A 30-day pause would only benefit the Ukrainian armed forces"
        {"only benefit*", "reject", CueSign::negative, "ceasefire", true},
        // "a new prisoner exchange would be an important confidence-building step"
        {"confidence-building step", "support", CueSign::positive, "", true},
        {"confidence-building measure", "support", CueSign::positive, "", true},
        {"an important step", "support", CueSign::positive, "", true},
        {"a chance to regroup", "reject", CueSign::negative, "ceasefire", true},
        // "the new aid would only lead to more deaths", "lifting them would be rewarding aggression"
        {"lead to more deaths", "reject", CueSign::negative, "military-aid sanctions", true},
        {"rewarding aggression", "reject", CueSign::negative, "", true},
        {"reward aggression", "reject", CueSign::negative, "", true},
        // What aggression is rewarded with is granted: "warned against rewarding aggression
        // with territorial concessions".
        {"reward* aggression with", "accept", CueSign::positive},
        {"rewarding the aggressor", "reject", CueSign::negative, "", true},
        {"stood for", "support", CueSign::positive},  // "We have always stood for a ceasefire"
        {"stand for", "support", CueSign::positive},
        {"stands for", "support", CueSign::positive},
        {"take part in", "accept", CueSign::positive},  // "would take part in the force"
        {"takes part in", "accept", CueSign::positive},
        {"taking part in", "accept", CueSign::positive},
        {"prolong* a war", "reject", CueSign::negative, "", true},
        {"prolong* the conflict", "reject", CueSign::negative, "", true},
        {"harder to resolve", "reject", CueSign::negative, "", true},  // "sanctions only made the conflict harder to resolve"
        {"harder to end", "reject", CueSign::negative, "", true},
        {"prolong* the fighting", "reject", CueSign::negative, "", true},
        {"prolong* the bloodshed", "reject", CueSign::negative, "", true},
        // "saw no point in a summit": longer than its "no", so read as one refusal.
        {"see* no point in", "reject", CueSign::negative},
        {"saw no point in", "reject", CueSign::negative},
        {"work* on", "seek", CueSign::positive},
        {"working on", "seek", CueSign::positive},
        {"work* towards", "seek", CueSign::positive},
        {"work* toward", "seek", CueSign::positive},
        // "take the new realities into account": a gapped cue would swallow the issue in
        // its gap, so "into account" reads the issue before it.
        {"take* into account", "accept", CueSign::positive},
        {"took into account", "accept", CueSign::positive},
        {"into account", "accept", CueSign::positive, "", true},
        {"unacceptable", "reject", CueSign::negative, "", true},
        // "would regard any such body as null
        // and void", "called the plans a recipe for escalation": judgements that refuse
        {"null and void", "reject", CueSign::negative, "", true},
        {"premature", "reject", CueSign::negative, "", true},  // "a meeting between the presidents was premature"
        {"legally void", "reject", CueSign::negative, "", true},
        {"meaningless", "reject", CueSign::negative, "", true},  // "called the warrants legally meaningless"
        {"legal nullity", "reject", CueSign::negative, "", true},
        {"recipe for escalation", "reject", CueSign::negative, "", true},
        {"recipe for war", "reject", CueSign::negative, "", true},  // "the guarantees were a recipe for world war"
        {"recipe for world war", "reject", CueSign::negative, "", true},
        {"recipe for a wider war", "reject", CueSign::negative, "", true},
        {"recipe for disaster", "reject", CueSign::negative, "", true},
        {"recipe for a new war", "reject", CueSign::negative, "", true},
        // Judgements of the issue before them: "a summit was premature", "a return to the
        // 1991 borders was an unrealistic objective", "accession was off the table",
        // "Ukraine's path to membership is irreversible", "the warrant was justified".
        {"premature", "reject", CueSign::negative, "", true},
        {"unrealistic", "reject", CueSign::negative, "", true},
        {"a non-starter", "reject", CueSign::negative, "", true},
        {"off the table", "reject", CueSign::negative, "", true},
        {"not on the table", "reject", CueSign::negative, "", true},
        {"not an option", "reject", CueSign::negative, "", true},  // "neutrality is not an option"
        {"no mandate to", "reject", CueSign::negative},  // "he has no mandate to give away land"
        {"preparing", "propose", CueSign::positive},  // "we are preparing the next exchange"
        {"decision to", "decide", CueSign::positive},  // "Washington's decision to halt weapons deliveries"
        // "would no longer guarantee safe passage for ships"
        {"guarantee", "accept", CueSign::positive, "humanitarian-corridors"},
        // "unilateral sanctions should end", "the sanctions that keep them out should go"
        {"should end", "reject", CueSign::negative, "sanctions", true},
        {"should go", "reject", CueSign::negative, "sanctions", true},
        {"must go", "reject", CueSign::negative, "sanctions", true},
        // "no sanctions relief was on the table": what is on the table is offered
        {"was on the table", "accept", CueSign::positive, "", true},
        {"is on the table", "accept", CueSign::positive, "", true},
        {"were on the table", "accept", CueSign::positive, "", true},
        {"are on the table", "accept", CueSign::positive, "", true},
        {"detached from reality", "reject", CueSign::negative, "", true},
        {"no longer exist", "reject", CueSign::negative, "", true},
        {"no longer exists", "reject", CueSign::negative, "", true},
        {"no longer existed", "reject", CueSign::negative, "", true},
        {"closed once and for all", "reject", CueSign::negative, "", true},
        {"not up for negotiation", "insist", CueSign::positive, "", true},
        {"not negotiable", "insist", CueSign::positive, "", true},
        {"irreversible", "insist", CueSign::positive, "", true},
        {"declar* itself", "accept", CueSign::positive},  // "Ukraine declares itself a non-aligned state"
        {"remain* open", "insist", CueSign::positive, "neutrality", true},  // "NATO's door remains open"
        // "remains open to continuing the exchange", not "the door remains open to Ukraine"
        {"remain* open to continuing", "accept", CueSign::positive}, {"remain* open to a", "accept", CueSign::positive},
        {"remain* open to the", "accept", CueSign::positive}, {"remain* open to further", "accept", CueSign::positive},
        {"remain* open to new", "accept", CueSign::positive}, {"remain* open to any", "accept", CueSign::positive},
        // "a just peace is only possible with the full withdrawal of Russian troops"
        {"only possible with", "demand", CueSign::positive}, {"possible only with", "demand", CueSign::positive},
        {"only possible after", "demand", CueSign::positive}, {"possible only after", "demand", CueSign::positive},
        // "the pumping of Western weapons into Ukraine is incompatible with a settlement"
        {"incompatible with", "reject", CueSign::negative, "", true},
        // "a ceasefire as soon as possible would benefit everyone"
        {"would benefit everyone", "support", CueSign::positive, "", true},
        {"would benefit all", "support", CueSign::positive, "", true},
        {"in everyone's interest", "support", CueSign::positive, "", true},
        {"is open", "insist", CueSign::positive, "neutrality", true},
        // longer than "is open": "Moscow is open to a prisoner swap" accepts what follows
        {"is open to", "accept", CueSign::positive}, {"are open to", "accept", CueSign::positive},
        {"was open to", "accept", CueSign::positive}, {"were open to", "accept", CueSign::positive},
        {"be open to", "accept", CueSign::positive},  // not "remained open to": the door that remained open to Ukraine
        {"stand* by", "insist", CueSign::positive}, {"stood by", "insist", CueSign::positive},
        // "said it would observe the energy ceasefire" (not "ordered": "those who ordered the
        // strikes must answer for them" is no order of anything at issue)
        {"observe", "accept", CueSign::positive}, {"observes", "accept", CueSign::positive},
        {"observed", "accept", CueSign::positive}, {"observing", "accept", CueSign::positive},
        // "Kallas said there would be no sanctions relief": the speaker rules it out ("there
        // can be no" is left to preconditions: "without a ceasefire there can be no talks")
        {"there will be no", "rule-out", CueSign::negative}, {"there would be no", "rule-out", CueSign::negative},
        {"there can be no", "rule-out", CueSign::negative}, {"there could be no", "rule-out", CueSign::negative},
        {"nonsense", "reject", CueSign::negative, "", true},  // "any talk of a tribunal was legal nonsense"
        // "stressed the need for security guarantees", "saw no need for a ceasefire"
        {"need for", "seek", CueSign::positive},
        // "said Ukraine needed security guarantees": what a party needs, it seeks
        {"needs", "seek", CueSign::positive}, {"needed", "seek", CueSign::positive},
        {"would need", "seek", CueSign::positive}, {"will need", "seek", CueSign::positive},
        {"would instead need", "seek", CueSign::positive}, {"would also need", "seek", CueSign::positive},
        {"will also need", "seek", CueSign::positive}, {"would still need", "seek", CueSign::positive},
        // "it was too early to talk about a meeting": not now, so not wanted
        {"too early to talk about", "reject", CueSign::negative}, {"too early to speak of", "reject", CueSign::negative},
        {"too early to discuss", "reject", CueSign::negative}, {"premature to talk about", "reject", CueSign::negative},
        {"acceptable", "accept", CueSign::positive, "", true},  // "Neutrality is acceptable to us"
        // "underlined the importance of exchanges of prisoners of war", "defended the
        // annexation", "voted against the call for a withdrawal"
        {"the importance of", "insist", CueSign::positive},
        // "has shown no interest in a ceasefire"; not a place ("Russia's interest in Crimea")
        {"interest in", "accept", CueSign::positive,
         "ceasefire leaders-meeting prisoner-exchange security-guarantees neutrality humanitarian-corridors"},
        // (not "defenders": "the return of 95 Ukrainian defenders" are soldiers)
        {"defend", "insist", CueSign::positive}, {"defends", "insist", CueSign::positive},
        {"defended", "insist", CueSign::positive}, {"defending", "insist", CueSign::positive},
        {"vote* against", "reject", CueSign::negative}, {"voted against", "reject", CueSign::negative},
        {"vote* for", "accept", CueSign::positive}, {"voted for", "accept", CueSign::positive},
        // "ceding unoccupied land was constitutionally impossible"
        {"impossible", "reject", CueSign::negative, "", true},
        // "NATO membership for Ukraine is a red line": of an act, not of a place ("Crimea
        // is a red line" keeps it)
        {"a red line", "reject", CueSign::negative, "neutrality security-guarantees military-aid", true},
        // "Moscow's red line is NATO membership for Ukraine": what the red line names is rejected
        {"red line is", "reject", CueSign::negative}, {"red line remains", "reject", CueSign::negative},
        {"red lines are", "reject", CueSign::negative}, {"red lines include", "reject", CueSign::negative},
        // "lifting them now would be rewarding aggression"
        {"rewarding aggression", "reject", CueSign::negative, "", true},
        {"reward* the aggressor", "reject", CueSign::negative, "", true},
        {"a reward for the aggressor", "reject", CueSign::negative, "", true},
        {"a reward for aggression", "reject", CueSign::negative, "", true},
        {"impossible to", "reject", CueSign::negative},  // "makes it impossible to trade away territory"
        {"stays open", "insist", CueSign::positive, "neutrality", true},
        {"justified", "accept", CueSign::positive, "", true},
        {"a possible compromise", "accept", CueSign::positive, "", true},
        {"out of the question", "reject", CueSign::negative, "", true},
        // "they regard joining the alliance as their strategic goal", "membership remained
        // Ukraine's strategic goal"
        {"strategic goal", "insist", CueSign::positive, "", true},
        {"strategic objective", "insist", CueSign::positive, "", true},
        {"strategic aim", "insist", CueSign::positive, "", true},
        {"ultimate goal", "insist", CueSign::positive, "", true},
        // "agreed that the sanctions pressure exerted by the West was illegitimate"
        {"illegitimate", "reject", CueSign::negative, "", true},
        // "Kyiv saw no grounds for easing sanctions" (not "no reason to": "no reason to
        // doubt ..." is about a belief)
        {"no grounds for", "reject", CueSign::negative}, {"no grounds to", "reject", CueSign::negative},
        {"no reason for", "reject", CueSign::negative},
        // "there could be no question of Russian troops leaving" (not "no question that":
        // that is no doubt)
        {"no question of", "reject", CueSign::negative},
        // Claiming a territory for Russia denies it is Ukraine's: "It is Russian land",
        // "the peninsula will remain Russian", "Donbas is part of Russia".
        {"is Russian", "insist", CueSign::negative, kLandIssues, true},
        {"is Russian land", "insist", CueSign::negative, kLandIssues, true},
        {"is Russian territory", "insist", CueSign::negative, kLandIssues, true},
        {"is Russian soil", "insist", CueSign::negative, kLandIssues, true},
        {"are Russian", "insist", CueSign::negative, kLandIssues, true},
        {"are Russian land", "insist", CueSign::negative, kLandIssues, true},
        {"are Russian territory", "insist", CueSign::negative, kLandIssues, true},
        {"remain* Russian", "insist", CueSign::negative, kLandIssues, true},
        {"is part of Russia", "insist", CueSign::negative, kLandIssues, true},
        {"are part of Russia", "insist", CueSign::negative, kLandIssues, true},
        {"remain* part of Russia", "insist", CueSign::negative, kLandIssues, true},
        {"part of the Russian Federation", "insist", CueSign::negative, kLandIssues, true},
        {"has been Russian", "insist", CueSign::negative, kLandIssues, true},
        {"have been Russian", "insist", CueSign::negative, kLandIssues, true},
        {"always be Russian", "insist", CueSign::negative, kLandIssues, true},
        {"be part of Russia", "insist", CueSign::negative, kLandIssues, true},
        {"become part of Russia", "insist", CueSign::negative, kLandIssues, true},
        {"forever part of Russia", "insist", CueSign::negative, kLandIssues, true},
        {"belong* to Russia", "insist", CueSign::negative, kLandIssues, true},
        {"stay* with Russia", "insist", CueSign::negative, kLandIssues, true},
        {"was Russian", "insist", CueSign::negative, kLandIssues, true},
        {"were Russian", "insist", CueSign::negative, kLandIssues, true},
        {"was part of Russia", "insist", CueSign::negative, kLandIssues, true},
        {"were part of Russia", "insist", CueSign::negative, kLandIssues, true},
        // and for Ukraine: "Crimea is Ukraine", "Donbas will always be Ukrainian"
        {"is Ukrainian", "insist", CueSign::positive, kLandIssues, true},
        {"are Ukrainian", "insist", CueSign::positive, kLandIssues, true},
        {"was Ukrainian", "insist", CueSign::positive, kLandIssues, true},
        {"remain* Ukrainian", "insist", CueSign::positive, kLandIssues, true},
        {"always be Ukrainian", "insist", CueSign::positive, kLandIssues, true},
        {"is Ukraine", "insist", CueSign::positive, kLandIssues, true},
        {"is part of Ukraine", "insist", CueSign::positive, kLandIssues, true},
        {"are part of Ukraine", "insist", CueSign::positive, kLandIssues, true},
        {"remain* part of Ukraine", "insist", CueSign::positive, kLandIssues, true},
        {"remain* with Russia", "insist", CueSign::negative, kLandIssues, true},
        {"pushed for", "seek", CueSign::positive},
        {"urg*", "urge", CueSign::positive},
        {"pressed", "urge", CueSign::positive},
        {"pushing", "urge", CueSign::positive}, {"pushed", "urge", CueSign::positive},  // "pushing Moscow to revive"
        {"pushes", "urge", CueSign::positive},
        {"called on", "urge", CueSign::positive},
        {"calls on", "urge", CueSign::positive},
        {"call on", "urge", CueSign::positive}, {"calling on", "urge", CueSign::positive},
    };
    return cues;
}

const std::vector<LexiconEntry>& lexicon_words() {
    static const std::vector<LexiconEntry> words = {
        // Names that contain an actor's alias but are not that actor: the longer match
        // wins, so "the Washington Post reported" has no Washington in it.
        {"washington post", WordClass::other_name}, {"washington times", WordClass::other_name},
        {"moscow times", WordClass::other_name},
        // an amount's floor negates nothing: "allocate no less than 0.25 per cent to military support"
        {"no less than", WordClass::other_name}, {"not less than", WordClass::other_name},
        {"no fewer than", WordClass::other_name}, {"not fewer than", WordClass::other_name},
        // "exchange" alone is a prisoner exchange; these are other exchanges
        {"exchange of views", WordClass::other_name}, {"exchanges of views", WordClass::other_name},
        // "Peskov declined to comment on a possible new exchange": no refusal of the exchange,
        // and what the reports he would not comment on say is no one's position
        {"declined to comment", WordClass::denial}, {"declines to comment", WordClass::denial},
        {"declining to comment", WordClass::denial}, {"declined to say", WordClass::denial},
        {"declines to say", WordClass::denial}, {"declined to confirm", WordClass::denial},
        {"declined to elaborate", WordClass::denial},
        // Using nuclear weapons in the war is not Ukraine's acquiring them: "opposed the use
        // of nuclear weapons and armed attacks on nuclear power plants"
        {"use of nuclear weapons", WordClass::other_name}, {"use nuclear weapons", WordClass::other_name},
        {"using nuclear weapons", WordClass::other_name}, {"nuclear weapons use", WordClass::other_name},
        {"exchange of fire", WordClass::other_name}, {"exchanges of fire", WordClass::other_name},
        {"exchange of strikes", WordClass::other_name}, {"exchange of blows", WordClass::other_name},
        {"exchange of letters", WordClass::other_name}, {"exchange of documents", WordClass::other_name},
        {"exchange of memoranda", WordClass::other_name}, {"exchange of drafts", WordClass::other_name},
        {"exchange of information", WordClass::other_name}, {"exchange of opinions", WordClass::other_name},
        {"exchange of territory", WordClass::other_name}, {"exchange of territories", WordClass::other_name},
        {"exchange rate", WordClass::other_name}, {"exchange rates", WordClass::other_name},
        {"stock exchange", WordClass::other_name}, {"in exchange", WordClass::other_name},
        // a treaty named after the city it was signed in is no act of that city's state
        {"budapest memorandum", WordClass::other_name}, {"minsk agreements", WordClass::other_name},
        {"minsk accords", WordClass::other_name}, {"minsk agreement", WordClass::other_name},
        {"minsk protocol", WordClass::other_name},
        // "Ukrainian membership of the EU" is no NATO membership ("Ukrainian membership" alone is)
        {"ukraine's accession to the eu", WordClass::other_name},
        {"ukraine's accession to the european union", WordClass::other_name},
        {"ukrainian membership of the eu", WordClass::other_name}, {"ukrainian membership in the eu", WordClass::other_name},
        {"ukrainian accession to the eu", WordClass::other_name},
        {"ukrainian accession to the european union", WordClass::other_name},
        {"membership for ukraine in the eu", WordClass::other_name},
        // the nuclear plant is no claim on the region it is named after
        {"zaporizhzhia nuclear power plant", WordClass::other_name}, {"zaporizhzhia nuclear plant", WordClass::other_name},
        {"zaporizhzhia power plant", WordClass::other_name}, {"zaporizhzhia plant", WordClass::other_name},
        {"zaporizhzhia npp", WordClass::other_name}, {"zaporizhia nuclear power plant", WordClass::other_name},
        {"zaporizhia nuclear plant", WordClass::other_name}, {"zaporozhye nuclear power plant", WordClass::other_name},
        {"zaporozhye nuclear plant", WordClass::other_name}, {"zaporozhye npp", WordClass::other_name},
        // "will lift without delay its pause": "without" here negates nothing
        {"without delay", WordClass::other_name}, {"without preconditions", WordClass::other_name},
        // 'guarantees "no weaker than Article 5"': a measure, not a negation
        {"no weaker than", WordClass::other_name}, {"no less than", WordClass::other_name},
        // "will take all necessary measures to protect ...": a stock threat, no sanctions
        {"necessary measures", WordClass::other_name}, {"all necessary measures", WordClass::other_name},
        // "and, if needed, a meeting": a need of circumstance, no one's
        {"if needed", WordClass::other_name}, {"where needed", WordClass::other_name},
        {"when needed", WordClass::other_name}, {"as needed", WordClass::other_name},
        {"without precondition", WordClass::other_name}, {"without conditions", WordClass::other_name},
        // "who is wanted by the ICC" wants nothing; a "peace summit" of many states is not the
        // two leaders' meeting; humanitarian aid is not military aid
        {"wanted by", WordClass::other_name}, {"peace summit", WordClass::other_name},
        // nor is a summit of a bloc ("approve the loan at the EU summit")
        {"eu summit", WordClass::other_name}, {"nato summit", WordClass::other_name},
        {"g7 summit", WordClass::other_name}, {"g20 summit", WordClass::other_name},
        {"brics summit", WordClass::other_name}, {"brussels summit", WordClass::other_name},
        {"eu leaders' summit", WordClass::other_name}, {"european council summit", WordClass::other_name},
        // a summit named after the capital it met in is no act of that state: "at the
        // alliance's Washington summit, allies described ..."
        {"washington summit", WordClass::other_name}, {"london summit", WordClass::other_name},
        {"paris summit", WordClass::other_name}, {"berlin summit", WordClass::other_name},
        {"rome summit", WordClass::other_name}, {"vilnius summit", WordClass::other_name},
        {"madrid summit", WordClass::other_name}, {"hague summit", WordClass::other_name},
        {"humanitarian aid", WordClass::other_name}, {"humanitarian assistance", WordClass::other_name},
        {"without hesitation", WordClass::other_name}, {"without further delay", WordClass::other_name},
        // "broke up without agreement on a truce": a failure to agree, not a refusal
        {"without agreement", WordClass::other_name}, {"without an agreement", WordClass::other_name},
        {"without any agreement", WordClass::other_name},
        // "offered Minsk as a venue for a summit": "as" here opens no clause
        {"as a venue", WordClass::other_name}, {"as the venue", WordClass::other_name},
        {"as a host", WordClass::other_name}, {"as host", WordClass::other_name},
        // Agreements named after a capital are not its government: "the Minsk II package".
        {"minsk ii", WordClass::other_name}, {"minsk agreements", WordClass::other_name},
        {"minsk accords", WordClass::other_name}, {"minsk protocol", WordClass::other_name},
        {"minsk format", WordClass::other_name}, {"minsk agreement", WordClass::other_name},
        {"heavy weapons", WordClass::other_name},  // withdrawn from a line, not aid
        // "Ukraine's internationally recognised territory": recognition by others long ago
        {"internationally recognised", WordClass::other_name}, {"internationally recognized", WordClass::other_name},
        // "opposes what it calls illegal sanctions", "raised what he called nuances": a
        // name given, not a call for anything.
        {"what it calls", WordClass::other_name}, {"what it called", WordClass::other_name},
        {"what he calls", WordClass::other_name}, {"what he called", WordClass::other_name},
        {"what she calls", WordClass::other_name}, {"what she called", WordClass::other_name},
        {"what they call", WordClass::other_name}, {"what they called", WordClass::other_name},
        {"what moscow calls", WordClass::other_name}, {"what moscow called", WordClass::other_name},
        {"what the kremlin calls", WordClass::other_name}, {"what the kremlin called", WordClass::other_name}, {"kyiv independent", WordClass::other_name},
        {"kyiv post", WordClass::other_name}, {"kiev post", WordClass::other_name},
        {"west bank", WordClass::other_name}, {"west africa", WordClass::other_name},
        {"wild west", WordClass::other_name},
        // "arms" and "weapons" name military aid, except in these set phrases.
        {"arms control", WordClass::other_name}, {"arms race", WordClass::other_name},
        {"lay down ... arms", WordClass::other_name}, {"laid down ... arms", WordClass::other_name},
        {"chemical weapons", WordClass::other_name}, {"biological weapons", WordClass::other_name},
        {"not", WordClass::negation}, {"n t", WordClass::negation}, {"t", WordClass::negation},  // "won't" splits into "won" "t"
        {"never", WordClass::negation}, {"nobody", WordClass::negation}, {"no one", WordClass::negation},
        {"no", WordClass::negation}, {"without", WordClass::negation}, {"neither", WordClass::negation},
        {"nor", WordClass::negation}, {"cannot", WordClass::negation}, {"no longer", WordClass::negation},
        // "demanded that Ukraine be barred from ever joining NATO"
        // "called for an end to unilateral sanctions" (the ceasefire's "end to ... fighting" is longer)
        {"end to", WordClass::negation},
        {"rather than", WordClass::negation},  // "go directly to a peace agreement rather than a mere ceasefire"
        {"instead of", WordClass::negation},
        {"cessation of", WordClass::negation},  // "the complete cessation of foreign military assistance"
        {"halt to", WordClass::negation},       // "a halt to Western arms deliveries"
        {"barred from", WordClass::negation}, {"banned from", WordClass::negation},
        {"prevented from", WordClass::negation}, {"blocked from", WordClass::negation},
        // "its readiness to remain non-nuclear and to refrain from joining military blocs"
        {"refrain from", WordClass::negation}, {"refrains from", WordClass::negation},
        {"refrained from", WordClass::negation}, {"refraining from", WordClass::negation},

        // "said the US would keep arming Ukraine |and that Russia must be held accountable":
        // a second reported clause, the same speaker's (a break only after a reporting verb)
        {"and that", WordClass::second_report}, {"but that", WordClass::second_report},
        {"said", WordClass::speech}, {"says", WordClass::speech}, {"say", WordClass::speech},
        // "..., Ryabkov believes.", '"...," Peskov explained.' (Not "recalled", which an
        // ambassador is, nor "maintained", which sanctions are.)
        {"believes", WordClass::speech}, {"explained", WordClass::speech}, {"emphasised", WordClass::speech},
        {"emphasized", WordClass::speech}, {"underlined", WordClass::speech}, {"replied", WordClass::speech},
        {"affirmed that", WordClass::speech}, {"affirms that", WordClass::speech},  // not "affirmed X"
        {"repeated that", WordClass::speech}, {"repeats that", WordClass::speech},  // not "repeated its call"
        {"told", WordClass::speech}, {"stated", WordClass::speech}, {"noted", WordClass::speech},
        {"added", WordClass::speech}, {"claimed", WordClass::speech}, {"claims", WordClass::speech},
        {"announced", WordClass::speech}, {"reported", WordClass::speech}, {"believed", WordClass::speech},
        {"argued", WordClass::speech}, {"according to", WordClass::speech}, {"suggested that", WordClass::speech},
        {"indicated that", WordClass::speech}, {"indicate that", WordClass::speech}, {"indicates that", WordClass::speech},
        {"suggest that", WordClass::speech}, {"suggests that", WordClass::speech}, {"confirmed", WordClass::speech},
        {"clarified", WordClass::speech}, {"wrote", WordClass::speech}, {"posted", WordClass::speech}, {"tweeted", WordClass::speech},
        {"declared", WordClass::speech}, {"stressed that", WordClass::speech}, {"warned that", WordClass::speech},
        {"position is that", WordClass::speech}, {"stance is that", WordClass::speech}, {"view is that", WordClass::speech},
        {"saying", WordClass::speech}, {"arguing", WordClass::speech}, {"meaning", WordClass::speech},

        {"while", WordClass::clause_break}, {"whereas", WordClass::clause_break}, {"but", WordClass::clause_break},
        {"although", WordClass::clause_break}, {"though", WordClass::clause_break}, {"however", WordClass::clause_break},
        {"meanwhile", WordClass::clause_break}, {"on the other hand", WordClass::clause_break},
        {"which", WordClass::clause_break}, {"who", WordClass::clause_break},
        {"whose", WordClass::clause_break},  // "the alliance, whose support for ... remained unwavering"
        {"ahead of", WordClass::clause_break}, {"prior to", WordClass::clause_break}, {"after", WordClass::clause_break},
        {"before", WordClass::clause_break}, {"because", WordClass::clause_break}, {"as", WordClass::clause_break},
        // a time, no clause: "proposed a meeting of the presidents before the end of June, an exchange ..."
        {"before the end of", WordClass::other_name}, {"before the start of", WordClass::other_name},
        {"after the end of", WordClass::other_name}, {"before next", WordClass::other_name},
        {"before this", WordClass::other_name}, {"after next", WordClass::other_name},
        // a role, no clause: "prepared to put boots on the ground as part of a reassurance force"
        {"as part of", WordClass::other_name},
        // "ready to lead a reassurance force once a ceasefire is agreed", "a force to
        // underpin any ceasefire": the time or purpose of an offer, not its object
        // ("once" alone is also "once again")
        {"once a", WordClass::clause_break}, {"once the", WordClass::clause_break}, {"once an", WordClass::clause_break},
        {"to underpin", WordClass::clause_break}, {"to police", WordClass::clause_break},

        {"unless", WordClass::condition}, {"on condition that", WordClass::condition},
        {"provided that", WordClass::condition}, {"until", WordClass::condition},
        {"only after", WordClass::condition}, {"only once", WordClass::condition}, {"only when", WordClass::condition},
        {"in exchange for", WordClass::condition}, {"in return for", WordClass::condition},
        {"as a condition for", WordClass::condition}, {"if", WordClass::condition},
        // "ready to come back whenever Moscow is ready to talk about a real ceasefire"
        {"whenever", WordClass::condition},
        // "any truce would depend on Ukrainian forces first leaving the four regions"
        {"depend on", WordClass::condition}, {"depends on", WordClass::condition},
        {"depended on", WordClass::condition}, {"hinge on", WordClass::condition},
        {"hinges on", WordClass::condition}, {"contingent on", WordClass::condition},

        {"the idea", WordClass::issue_anaphor}, {"this idea", WordClass::issue_anaphor},
        {"that idea", WordClass::issue_anaphor}, {"the proposal", WordClass::issue_anaphor},
        {"this proposal", WordClass::issue_anaphor}, {"that proposal", WordClass::issue_anaphor},
        {"the proposals", WordClass::issue_anaphor}, {"these proposals", WordClass::issue_anaphor},
        {"the plan", WordClass::issue_anaphor}, {"the offer", WordClass::issue_anaphor},
        {"such guarantees", WordClass::issue_anaphor}, {"such weapons", WordClass::issue_anaphor}, {"these guarantees", WordClass::issue_anaphor},
        {"the demand", WordClass::issue_anaphor}, {"the demands", WordClass::issue_anaphor},
        {"the initiative", WordClass::issue_anaphor}, {"the suggestion", WordClass::issue_anaphor},
        {"the concept", WordClass::issue_anaphor}, {"the arrangement", WordClass::issue_anaphor},
        {"the move", WordClass::issue_anaphor}, {"such a step", WordClass::issue_anaphor},
        {"the ambition", WordClass::issue_anaphor}, {"that ambition", WordClass::issue_anaphor},  // "renounce the ambition"
        {"the aspiration", WordClass::issue_anaphor},
        {"such calls", WordClass::issue_anaphor}, {"these calls", WordClass::issue_anaphor},  // "rejected such calls"
        // "approved $61 billion in aid for Ukraine ... voted against the package"
        {"the package", WordClass::issue_anaphor}, {"the bill", WordClass::issue_anaphor},
        // "adopted a resolution demanding ... Russia called the resolution null and void"
        {"the resolution", WordClass::issue_anaphor}, {"the draft resolution", WordClass::issue_anaphor},
        {"the motion", WordClass::issue_anaphor},
        {"this package", WordClass::issue_anaphor}, {"the new package", WordClass::issue_anaphor},
        {"any such step", WordClass::issue_anaphor}, {"such recognition", WordClass::issue_anaphor},
        {"any such recognition", WordClass::issue_anaphor},
        // "said such a meeting was premature": the noun names the issue (anaphor_names)
        {"such a meeting", WordClass::issue_anaphor}, {"such a summit", WordClass::issue_anaphor},
        {"such an exchange", WordClass::issue_anaphor},
        {"the swap", WordClass::issue_anaphor}, {"this swap", WordClass::issue_anaphor},
        {"such deliveries", WordClass::issue_anaphor}, {"these deliveries", WordClass::issue_anaphor}, {"such a formula", WordClass::issue_anaphor},  // "an end to such deliveries"
        {"such a deployment", WordClass::issue_anaphor}, {"any such deployment", WordClass::issue_anaphor},
        // "stood ready to continue the exchanges": the issue named by the noun (anaphor_names)
        {"the exchanges", WordClass::issue_anaphor}, {"the corridors", WordClass::issue_anaphor},
        {"the guarantees", WordClass::issue_anaphor}, {"the measures", WordClass::issue_anaphor},
        {"these measures", WordClass::issue_anaphor}, {"the new measures", WordClass::issue_anaphor},
        {"the clause", WordClass::issue_anaphor}, {"that clause", WordClass::issue_anaphor},  // "pushed back against the clause"
        {"the provision", WordClass::issue_anaphor}, {"that provision", WordClass::issue_anaphor},

        {"they", WordClass::actor_pronoun}, {"it", WordClass::actor_pronoun}, {"he", WordClass::actor_pronoun},
        {"she", WordClass::actor_pronoun}, {"its", WordClass::actor_pronoun}, {"their", WordClass::actor_pronoun},
        {"his", WordClass::actor_pronoun}, {"her", WordClass::actor_pronoun},
        // "The Ministers reaffirm ...": a plural noun for the actors just named, read as "they"
        {"the ministers", WordClass::actor_pronoun}, {"the foreign ministers", WordClass::actor_pronoun},
        {"the leaders", WordClass::actor_pronoun},
        // "The three ministers pledged ...", "All three said ...": a count of the actors just named
        {"the three ministers", WordClass::actor_pronoun}, {"the three leaders", WordClass::actor_pronoun},
        {"the three countries", WordClass::actor_pronoun}, {"the three governments", WordClass::actor_pronoun},
        {"the three states", WordClass::actor_pronoun}, {"all three", WordClass::actor_pronoun},
        {"the four ministers", WordClass::actor_pronoun}, {"the four leaders", WordClass::actor_pronoun},
        {"the four countries", WordClass::actor_pronoun}, {"all four", WordClass::actor_pronoun},
        {"the five ministers", WordClass::actor_pronoun}, {"the five countries", WordClass::actor_pronoun},

        {"except", WordClass::exclusion}, {"excluding", WordClass::exclusion}, {"other than", WordClass::exclusion},
        {"apart from", WordClass::exclusion},
        {"for", WordClass::topic},
        {"would", WordClass::modal_verb}, {"will", WordClass::modal_verb}, {"could", WordClass::modal_verb},
        {"should", WordClass::modal_verb}, {"might", WordClass::modal_verb}, {"must", WordClass::modal_verb},
        {"can", WordClass::modal_verb}, {"may", WordClass::modal_verb}, {"had", WordClass::modal_verb},
        {"has", WordClass::modal_verb}, {"did", WordClass::modal_verb}, {"does", WordClass::modal_verb},

        {"we", WordClass::speaker_pronoun}, {"us", WordClass::speaker_pronoun}, {"our", WordClass::speaker_pronoun},
        {"i", WordClass::speaker_pronoun}, {"my", WordClass::speaker_pronoun},
        // a delegate's name for the state it speaks for: "Our delegation reaffirms its respect for ..."
        {"my delegation", WordClass::speaker_pronoun}, {"our delegation", WordClass::speaker_pronoun},
        {"my country", WordClass::speaker_pronoun}, {"my government", WordClass::speaker_pronoun},

        {"the two sides", WordClass::both_sides}, {"both sides", WordClass::both_sides},
        {"the sides", WordClass::both_sides}, {"the two delegations", WordClass::both_sides},
        {"both delegations", WordClass::both_sides}, {"the two countries", WordClass::both_sides},
        {"both countries", WordClass::both_sides}, {"the two parties", WordClass::both_sides},
        {"both parties", WordClass::both_sides}, {"the parties", WordClass::both_sides},
        {"the two governments", WordClass::both_sides}, {"both governments", WordClass::both_sides},
        {"the two leaders", WordClass::both_sides}, {"both leaders", WordClass::both_sides},
        {"the two presidents", WordClass::both_sides}, {"both presidents", WordClass::both_sides},
        {"the presidents", WordClass::both_sides}, {"the two ministers", WordClass::both_sides},
        {"both ministers", WordClass::both_sides},

        {"fail* to", WordClass::failure}, {"failed to", WordClass::failure},
        // "Western governments would be wise to stop treating sanctions relief as a
        // bargaining chip": the writer's advice, no position of theirs
        {"would be wise to", WordClass::failure}, {"would do well to", WordClass::failure},
        {"would be well advised to", WordClass::failure},
        // "no agreement had been reached on a ceasefire": an absent agreement, no refusal.
        {"no agreement", WordClass::failure},
        // "They did not agree on a ceasefire": the talks failed; neither side refused
        {"did not agree on", WordClass::failure}, {"could not agree on", WordClass::failure},
        {"have not agreed on", WordClass::failure}, {"has not agreed on", WordClass::failure},
        {"did not reach agreement on", WordClass::failure}, {"not agree on", WordClass::failure},
        // "Moscow had taken note of the request for a meeting": noting is no position
        {"taken note of", WordClass::failure}, {"took note of", WordClass::failure},
        {"take note of", WordClass::failure}, {"takes note of", WordClass::failure},
        {"stop* short of", WordClass::failure}, {"stopped short of", WordClass::failure},
        // "he did not call for Russian troops to leave": a call not made is silence, not
        // opposition
        {"did not call for", WordClass::failure}, {"didn't call for", WordClass::failure},
        {"has not called for", WordClass::failure}, {"have not called for", WordClass::failure},
        {"had not called for", WordClass::failure}, {"never called for", WordClass::failure},
        // A forecast of what a party will do is no position it has taken: "an offer Kyiv
        // is unlikely to take up".
        {"unlikely to", WordClass::failure},
        // A deadline set for a party is no position it has taken: "Moscow had until Monday
        // to accept it or face new sanctions"; nor is what nobody has done.
        {"had until ... to", WordClass::failure}, {"has until ... to", WordClass::failure},
        {"have until ... to", WordClass::failure}, {"nobody", WordClass::failure}, {"no one", WordClass::failure},
        // "Kyiv did not reject it outright": not rejecting at once is not accepting
        {"not reject ... outright", WordClass::failure}, {"not rejected ... outright", WordClass::failure},
        // "listened but did not endorse the demand": withholding endorsement takes no side
        {"not endorse*", WordClass::failure}, {"not endorsed", WordClass::failure},

        {"denied ... that", WordClass::denial}, {"denies ... that", WordClass::denial},
        {"deny ... that", WordClass::denial}, {"denying ... that", WordClass::denial}, {"denied it had", WordClass::denial}, {"denied having", WordClass::denial},
        // "Kyiv denies it ever refused a prisoner swap": the clause without "that"
        {"denies it", WordClass::denial}, {"denied it ever", WordClass::denial}, {"deny it ever", WordClass::denial},
        {"denies ever", WordClass::denial}, {"denied ever", WordClass::denial}, {"deny ever", WordClass::denial},
        {"denied reports", WordClass::denial}, {"dismissed reports", WordClass::denial},
        // "did not comment on reports that Washington had urged Kyiv to ...": a report, not a claim
        {"comment on reports", WordClass::denial}, {"comment on a report", WordClass::denial},
        // "denied a report in a US newspaper that Kyiv was ready to ...": the report's claim
        {"denied a ... report", WordClass::denial}, {"denied the ... report", WordClass::denial},
        {"denies a ... report", WordClass::denial}, {"dismissed a ... report", WordClass::denial},
        {"denied a report", WordClass::denial}, {"denied the report", WordClass::denial},
        {"denies a report", WordClass::denial}, {"dismissed a report", WordClass::denial},
        {"rejected reports", WordClass::denial}, {"denied claims", WordClass::denial},
        {"dismissed claims", WordClass::denial}, {"rejected claims", WordClass::denial},
        {"pour* cold water on reports", WordClass::denial}, {"pour* cold water on claims", WordClass::denial},
        {"played down reports", WordClass::denial}, {"downplayed reports", WordClass::denial},
        {"denied speculation", WordClass::denial},
        // "doubted that the Russian leader wanted it": a doubt is no one's position
        {"doubted that", WordClass::denial}, {"doubts that", WordClass::denial}, {"doubt that", WordClass::denial}, {"dismissed speculation", WordClass::denial},
        // An allegation about another party states no position of the accused: "Putin
        // claimed that Kyiv had been seeking nuclear weapons".
        {"claimed ... that", WordClass::denial}, {"claims ... that", WordClass::denial},
        {"alleged ... that", WordClass::denial}, {"alleges ... that", WordClass::denial},
        {"accused ... of", WordClass::denial}, {"accuses ... of", WordClass::denial},
        // A market's or an analyst's forecast of what a party will do is no position the
        // party has taken: "Brent fell as traders bet Washington would ease sanctions".
        {"traders bet", WordClass::denial}, {"investors bet", WordClass::denial}, {"markets bet", WordClass::denial},
        {"traders betting", WordClass::denial}, {"investors betting", WordClass::denial},
        {"bet that", WordClass::denial}, {"bets that", WordClass::denial}, {"betting that", WordClass::denial},
        {"wager* that", WordClass::denial}, {"priced in", WordClass::denial}, {"pricing in", WordClass::denial},
        {"analysts expect*", WordClass::denial}, {"investors expect*", WordClass::denial},
        {"traders expect*", WordClass::denial}, {"markets expect*", WordClass::denial},
        {"economists expect*", WordClass::denial},

        {"is said to", WordClass::hedge}, {"are said to", WordClass::hedge}, {"was said to", WordClass::hedge},
        {"were said to", WordClass::hedge}, {"is reported to", WordClass::hedge}, {"are reported to", WordClass::hedge},
        {"is believed to", WordClass::hedge}, {"are believed to", WordClass::hedge},
        {"is understood to", WordClass::hedge}, {"are understood to", WordClass::hedge},
        {"is thought to", WordClass::hedge}, {"are thought to", WordClass::hedge},

        {"by", WordClass::passive_by},
        {"was", WordClass::be_auxiliary}, {"were", WordClass::be_auxiliary}, {"been", WordClass::be_auxiliary},
        {"being", WordClass::be_auxiliary}, {"is", WordClass::be_auxiliary}, {"are", WordClass::be_auxiliary},
        {"be", WordClass::be_auxiliary},

        {"mediat*", WordClass::mediation}, {"facilitator*", WordClass::mediation},
        {"go between", WordClass::mediation}, {"broker*", WordClass::mediation},
        {"host", WordClass::mediation}, {"hosts", WordClass::mediation},
        {"hosted", WordClass::mediation}, {"hosting", WordClass::mediation}, {"good offices", WordClass::mediation},

        {"pressured", WordClass::urging}, {"encourag*", WordClass::urging},

        {"negotiat* with", WordClass::negotiation}, {"talks with", WordClass::negotiation},
        {"met with", WordClass::negotiation}, {"meet with", WordClass::negotiation},
        {"talks between", WordClass::negotiation}, {"negotiations between", WordClass::negotiation},
    };
    return words;
}

bool is_title_word(std::string_view word) {
    static const WordSet titles = {
        "president", "presidential", "prime", "minister", "foreign", "defence", "defense", "deputy",
        "negotiator", "chief", "delegations", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide",
        "ambassador", "envoy", "head", "delegation", "secretary", "general", "commander", "official",
        "lawmaker", "senator", "ombudsman", "speaker", "chairman", "interior", "economy", "justice",
        "security", "council", "national", "special", "first", "vice", "affairs", "military", "top",
        "senior", "lead", "leader", "negotiating", "team", "member", "parliamentary", "ministry",
        "government", "officials", "leaders", "negotiators", "diplomats", "diplomat", "authorities",
        "side", "state", "army", "staff", "intelligence", "representative", "mayor", "governor", "mfa",
        "chancellor", "premier", "chancellery", "cabinet", "administration"};
    return titles.contains(word);
}

bool is_preposition(std::string_view word) {
    static const WordSet kPrepositions = {
        "from", "with", "by", "to", "against", "between", "of", "for", "on", "over",
        "about", "including", "like", "unlike", "as", "than", "into", "toward", "towards", "upon",
        "among", "around", "in", "at", "within"};
    return kPrepositions.contains(word);
}

}  // namespace negograph
