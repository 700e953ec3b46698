// The built-in English lexicon. Phrases use the ontology's phrase syntax, so a word
// ending in '*' covers inflections ("propos*": propose, proposed, proposal).
#include "extract/lexicon.hpp"

#include <algorithm>
#include <array>
#include <unordered_set>

namespace negograph {

const std::vector<Cue>& stance_cues() {
    static const std::vector<Cue> cues = {
        // Proposing and offering.
        {"propos*", "propose", CueSign::positive},
        {"suggest*", "propose", CueSign::positive},
        {"offer*", "propose", CueSign::positive},
        {"put forward", "propose", CueSign::positive},
        {"floated", "propose", CueSign::positive},
        {"presented", "propose", CueSign::positive},
        // Demanding, insisting, seeking.
        {"demand*", "demand", CueSign::positive},
        {"call for", "demand", CueSign::positive},
        {"calls for", "demand", CueSign::positive},
        {"called for", "demand", CueSign::positive},
        {"calling for", "demand", CueSign::positive},
        {"insist*", "insist", CueSign::positive},
        {"seek*", "seek", CueSign::positive},
        {"sought", "seek", CueSign::positive},
        {"want*", "seek", CueSign::positive},
        {"push* for", "seek", CueSign::positive},
        {"press* for", "seek", CueSign::positive},
        {"ask* for", "seek", CueSign::positive},
        {"ask* ... for", "seek", CueSign::positive},
        {"request*", "seek", CueSign::positive},
        {"aspir*", "seek", CueSign::positive},
        {"aim* for", "seek", CueSign::positive},
        {"hope* for", "seek", CueSign::positive},
        {"condition*", "demand", CueSign::positive},
        {"precondition*", "demand", CueSign::positive},
        {"prerequisite*", "demand", CueSign::positive},
        {"stressed the need for", "demand", CueSign::positive},
        {"emphasized the need for", "demand", CueSign::positive},
        {"emphasised the need for", "demand", CueSign::positive},
        {"maintain*", "insist", CueSign::positive},
        // A party's terms: "Russia's terms include ...", "sets out its terms for a deal:".
        {"its terms", "demand", CueSign::positive},
        {"their terms", "demand", CueSign::positive},
        {"our terms", "demand", CueSign::positive},
        {"terms for", "demand", CueSign::positive},
        {"terms include", "demand", CueSign::positive},
        // Accepting and supporting.
        {"accept*", "accept", CueSign::positive},
        {"agree*", "accept", CueSign::positive},
        {"endors*", "accept", CueSign::positive},
        {"back", "accept", CueSign::positive},
        {"backs", "accept", CueSign::positive},
        {"backed", "accept", CueSign::positive},
        {"backing", "accept", CueSign::positive},
        {"support*", "accept", CueSign::positive},
        {"welcom*", "accept", CueSign::positive},
        {"favor*", "accept", CueSign::positive},
        {"favour*", "accept", CueSign::positive},
        {"responded positively to", "accept", CueSign::positive},
        {"commit* to", "accept", CueSign::positive},
        {"commitment to", "accept", CueSign::positive},
        {"open to", "accept", CueSign::positive},
        {"willing* to", "accept", CueSign::positive},
        {"ready to", "accept", CueSign::positive},
        {"signal* readiness", "accept", CueSign::positive},
        {"ready for", "accept", CueSign::positive},
        {"prepared to", "accept", CueSign::positive},
        {"vow*", "pledge", CueSign::positive},
        {"signed", "accept", CueSign::positive},
        {"approv*", "accept", CueSign::positive},
        {"recognis*", "accept", CueSign::positive},  // "recognise the annexation of Crimea"
        {"recogniz*", "accept", CueSign::positive},
        {"join*", "join", CueSign::positive},
        // Acting on an issue: aid and sanctions.
        {"provid*", "provide", CueSign::positive, "military-aid humanitarian-corridors security-guarantees"},
        {"suppl*", "provide", CueSign::positive, "military-aid"},
        {"deliver*", "provide", CueSign::positive, "military-aid"},
        {"sent", "provide", CueSign::positive, "military-aid security-guarantees"},
        {"deploy*", "provide", CueSign::positive, "security-guarantees"},
        {"pledg*", "provide", CueSign::positive, "military-aid security-guarantees"},
        {"receiv*", "receive", CueSign::positive, "military-aid security-guarantees"},
        {"send*", "provide", CueSign::positive, "military-aid security-guarantees"},
        {"impos*", "impose", CueSign::positive, "sanctions"},
        {"extend*", "impose", CueSign::positive, "sanctions"},
        {"tighten*", "impose", CueSign::positive, "sanctions"},
        {"adopt*", "impose", CueSign::positive, "sanctions"},
        {"remain* in place", "keep", CueSign::positive, "sanctions", true},
        {"stay in place", "keep", CueSign::positive, "sanctions", true},
        {"keep*", "keep", CueSign::positive, "sanctions"},
        
        // Rejecting and giving up.
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
        {"forgo*", "renounce", CueSign::negative},
        {"give up", "renounce", CueSign::negative},
        {"giving up", "renounce", CueSign::negative},
        {"gave up", "renounce", CueSign::negative},
        {"gives up", "renounce", CueSign::negative},
        {"abandon*", "renounce", CueSign::negative},
        {"renounc*", "renounce", CueSign::negative},
        {"dropped", "renounce", CueSign::negative},
        {"drop", "renounce", CueSign::negative},
        {"drops", "renounce", CueSign::negative},
        {"dropping", "renounce", CueSign::negative},
        {"walk* away from", "reject", CueSign::negative},
        {"object* to", "reject", CueSign::negative},
        {"resist*", "reject", CueSign::negative},
        {"block*", "reject", CueSign::negative},
        {"veto*", "reject", CueSign::negative},
        {"refuse*", "reject", CueSign::negative},
        {"lift*", "lift", CueSign::negative, "sanctions"},
        {"eas*", "lift", CueSign::negative, "sanctions"},
        {"halt*", "reject", CueSign::negative, "military-aid"},
        {"suspend*", "reject", CueSign::negative, "military-aid sanctions"},
        {"balk* at", "reject", CueSign::negative},
        {"warn* against", "reject", CueSign::negative},
        {"non-negotiable", "insist", CueSign::positive, "", true},
        {"unacceptable", "reject", CueSign::negative, "", true},
        {"out of the question", "reject", CueSign::negative, "", true},
        // Claiming a territory for Russia denies it is Ukraine's: "It is Russian land",
        // "the peninsula will remain Russian", "Donbas is part of Russia".
        {"is Russian", "insist", CueSign::negative, "crimea donbas territorial-integrity", true},
        {"is Russian land", "insist", CueSign::negative, "crimea donbas territorial-integrity", true},
        {"is Russian territory", "insist", CueSign::negative, "crimea donbas territorial-integrity", true},
        {"is Russian soil", "insist", CueSign::negative, "crimea donbas territorial-integrity", true},
        {"are Russian", "insist", CueSign::negative, "crimea donbas territorial-integrity", true},
        {"are Russian land", "insist", CueSign::negative, "crimea donbas territorial-integrity", true},
        {"are Russian territory", "insist", CueSign::negative, "crimea donbas territorial-integrity", true},
        {"remain* Russian", "insist", CueSign::negative, "crimea donbas territorial-integrity", true},
        {"is part of Russia", "insist", CueSign::negative, "crimea donbas territorial-integrity", true},
        {"are part of Russia", "insist", CueSign::negative, "crimea donbas territorial-integrity", true},
        {"remain* part of Russia", "insist", CueSign::negative, "crimea donbas territorial-integrity", true},
        {"belong* to Russia", "insist", CueSign::negative, "crimea donbas territorial-integrity", true},
        {"pushed for", "seek", CueSign::positive},
        {"urg*", "urge", CueSign::positive},
        {"pressed", "urge", CueSign::positive},
        {"called on", "urge", CueSign::positive},
        {"calls on", "urge", CueSign::positive},
        {"call on", "urge", CueSign::positive},
    };
    return cues;
}

const std::vector<LexiconEntry>& lexicon_words() {
    static const std::vector<LexiconEntry> words = {
        // Names that contain an actor's alias but are not that actor: the longer match
        // wins, so "the Washington Post reported" has no Washington in it.
        {"washington post", WordClass::other_name}, {"washington times", WordClass::other_name},
        {"moscow times", WordClass::other_name}, {"kyiv independent", WordClass::other_name},
        {"kyiv post", WordClass::other_name}, {"kiev post", WordClass::other_name},
        {"west bank", WordClass::other_name}, {"west africa", WordClass::other_name},
        {"wild west", WordClass::other_name},
        {"not", WordClass::negation}, {"n t", WordClass::negation}, {"t", WordClass::negation},  // "won't" splits into "won" "t"
        {"never", WordClass::negation},
        {"no", WordClass::negation}, {"without", WordClass::negation}, {"neither", WordClass::negation},
        {"nor", WordClass::negation}, {"cannot", WordClass::negation}, {"no longer", WordClass::negation},

        {"said", WordClass::speech}, {"says", WordClass::speech}, {"say", WordClass::speech},
        {"told", WordClass::speech}, {"stated", WordClass::speech}, {"noted", WordClass::speech},
        {"added", WordClass::speech}, {"claimed", WordClass::speech}, {"claims", WordClass::speech},
        {"announced", WordClass::speech}, {"reported", WordClass::speech}, {"believed", WordClass::speech},
        {"argued", WordClass::speech}, {"according to", WordClass::speech}, {"suggested that", WordClass::speech},
        {"indicated that", WordClass::speech}, {"indicate that", WordClass::speech}, {"indicates that", WordClass::speech},
        {"suggest that", WordClass::speech}, {"suggests that", WordClass::speech}, {"confirmed", WordClass::speech},
        {"declared", WordClass::speech}, {"stressed that", WordClass::speech}, {"warned that", WordClass::speech},
        {"saying", WordClass::speech}, {"arguing", WordClass::speech}, {"meaning", WordClass::speech},

        {"while", WordClass::clause_break}, {"whereas", WordClass::clause_break}, {"but", WordClass::clause_break},
        {"although", WordClass::clause_break}, {"though", WordClass::clause_break}, {"however", WordClass::clause_break},
        {"meanwhile", WordClass::clause_break}, {"on the other hand", WordClass::clause_break},
        {"in turn", WordClass::clause_break}, {"which", WordClass::clause_break}, {"who", WordClass::clause_break},
        {"ahead of", WordClass::clause_break}, {"prior to", WordClass::clause_break}, {"after", WordClass::clause_break},
        {"before", WordClass::clause_break}, {"because", WordClass::clause_break}, {"as", WordClass::clause_break},

        {"unless", WordClass::condition}, {"on condition that", WordClass::condition},
        {"provided that", WordClass::condition}, {"until", WordClass::condition},
        {"in exchange for", WordClass::condition}, {"in return for", WordClass::condition},
        {"as a condition for", WordClass::condition}, {"if", WordClass::condition},

        {"the idea", WordClass::issue_anaphor}, {"this idea", WordClass::issue_anaphor},
        {"that idea", WordClass::issue_anaphor}, {"the proposal", WordClass::issue_anaphor},
        {"this proposal", WordClass::issue_anaphor}, {"that proposal", WordClass::issue_anaphor},
        {"the proposals", WordClass::issue_anaphor}, {"these proposals", WordClass::issue_anaphor},
        {"the plan", WordClass::issue_anaphor}, {"the offer", WordClass::issue_anaphor},
        {"such guarantees", WordClass::issue_anaphor}, {"these guarantees", WordClass::issue_anaphor},
        {"the demand", WordClass::issue_anaphor}, {"the demands", WordClass::issue_anaphor},
        {"the initiative", WordClass::issue_anaphor}, {"the suggestion", WordClass::issue_anaphor},
        {"the concept", WordClass::issue_anaphor}, {"the arrangement", WordClass::issue_anaphor},

        {"they", WordClass::actor_pronoun}, {"it", WordClass::actor_pronoun}, {"he", WordClass::actor_pronoun},
        {"she", WordClass::actor_pronoun}, {"its", WordClass::actor_pronoun}, {"their", WordClass::actor_pronoun},
        {"his", WordClass::actor_pronoun}, {"her", WordClass::actor_pronoun},

        {"except", WordClass::exclusion}, {"excluding", WordClass::exclusion}, {"other than", WordClass::exclusion},
        {"apart from", WordClass::exclusion},
        {"for", WordClass::topic},
        {"would", WordClass::modal_verb}, {"will", WordClass::modal_verb}, {"could", WordClass::modal_verb},
        {"should", WordClass::modal_verb}, {"might", WordClass::modal_verb}, {"must", WordClass::modal_verb},
        {"can", WordClass::modal_verb}, {"may", WordClass::modal_verb}, {"had", WordClass::modal_verb},
        {"has", WordClass::modal_verb}, {"did", WordClass::modal_verb}, {"does", WordClass::modal_verb},

        {"we", WordClass::speaker_pronoun}, {"us", WordClass::speaker_pronoun}, {"our", WordClass::speaker_pronoun},
        {"i", WordClass::speaker_pronoun}, {"my", WordClass::speaker_pronoun},

        {"the two sides", WordClass::both_sides}, {"both sides", WordClass::both_sides},
        {"the sides", WordClass::both_sides}, {"the two delegations", WordClass::both_sides},
        {"both delegations", WordClass::both_sides}, {"the two countries", WordClass::both_sides},
        {"both countries", WordClass::both_sides}, {"the two parties", WordClass::both_sides},
        {"both parties", WordClass::both_sides}, {"the parties", WordClass::both_sides},
        {"the two governments", WordClass::both_sides}, {"both governments", WordClass::both_sides},

        {"fail* to", WordClass::failure}, {"failed to", WordClass::failure},

        {"by", WordClass::passive_by},
        {"was", WordClass::be_auxiliary}, {"were", WordClass::be_auxiliary}, {"been", WordClass::be_auxiliary},
        {"being", WordClass::be_auxiliary}, {"is", WordClass::be_auxiliary}, {"are", WordClass::be_auxiliary},
        {"be", WordClass::be_auxiliary},

        {"mediat*", WordClass::mediation}, {"facilitator*", WordClass::mediation},
        {"go between", WordClass::mediation}, {"broker*", WordClass::mediation},
        {"host*", WordClass::mediation}, {"good offices", WordClass::mediation},

        {"pressured", WordClass::urging}, {"encourag*", WordClass::urging},

        {"negotiat* with", WordClass::negotiation}, {"talks with", WordClass::negotiation},
        {"met with", WordClass::negotiation}, {"meet with", WordClass::negotiation},
        {"talks between", WordClass::negotiation}, {"negotiations between", WordClass::negotiation},
    };
    return words;
}

bool is_title_word(std::string_view word) {
    static const std::unordered_set<std::string_view> titles = {
        "president", "presidential", "prime", "minister", "foreign", "defence", "defense", "deputy",
        "negotiator", "chief", "delegations", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide",
        "ambassador", "envoy", "head", "delegation", "secretary", "general", "commander", "official",
        "lawmaker", "senator", "ombudsman", "speaker", "chairman", "interior", "economy", "justice",
        "security", "council", "national", "special", "first", "vice", "affairs", "military", "top",
        "senior", "lead", "leader", "negotiating", "team", "member", "parliamentary", "ministry",
        "government", "officials", "leaders", "negotiators", "diplomats", "diplomat", "authorities",
        "side", "state", "army", "staff", "intelligence", "representative", "mayor", "governor"};
    return titles.count(word) > 0;
}

bool is_preposition(std::string_view word) {
    static constexpr std::array<std::string_view, 24> kPrepositions = {
        "from", "with", "by", "to", "against", "between", "of", "for", "on", "over",
        "about", "including", "like", "as", "than", "into", "toward", "towards", "upon",
        "among", "around", "in", "at", "within"};
    return std::find(kPrepositions.begin(), kPrepositions.end(), word) != kPrepositions.end();
}

}  // namespace negograph
