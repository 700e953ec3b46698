// Gold file parsing and triple scoring. RapidJSON's DOM keeps no positions, so a first
// SAX pass records where every object starts and errors point at the object at fault.
#include "extract/eval.hpp"

#include "graph/error.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_map>

namespace negograph {
namespace {

using rapidjson::Value;

// Records the byte offset of every '{' in document order.
struct ObjectOffsets : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, ObjectOffsets> {
    const rapidjson::StringStream* stream = nullptr;
    std::vector<std::size_t> offsets;
    bool StartObject() {
        offsets.push_back(stream->Tell() - 1);
        return true;
    }
};

class GoldParser {
public:
    GoldParser(std::string_view json, std::string file) : json_(json), file_(std::move(file)) {}

    GoldFile run() {
        std::string text(json_);
        rapidjson::Document document;
        document.Parse(text.c_str());
        if (document.HasParseError())
            fail(document.GetErrorOffset(),
                 std::string("invalid JSON: ") + rapidjson::GetParseError_En(document.GetParseError()));
        index_objects(text, document);
        if (!document.IsObject()) fail(0, "a gold file is a JSON object with \"documents\"");
        GoldFile gold;
        auto ontology = document.FindMember("ontology");
        if (ontology != document.MemberEnd() && ontology->value.IsString()) gold.ontology = ontology->value.GetString();
        auto documents = document.FindMember("documents");
        if (documents == document.MemberEnd() || !documents->value.IsArray())
            fail(offset_of(document), "the gold file needs an array \"documents\"");
        std::set<std::string> names;
        for (const Value& item : documents->value.GetArray()) {
            GoldDocument parsed = read_document(item);
            if (!names.insert(parsed.document).second)
                fail(offset_of(item), "document \"" + parsed.document + "\" is annotated twice");
            gold.documents.push_back(std::move(parsed));
        }
        return gold;
    }

private:
    [[noreturn]] void fail(std::size_t offset, const std::string& what) const {
        throw InputError(file_, json_, offset, what);
    }

    void index_objects(const std::string& text, const Value& root) {
        rapidjson::StringStream stream(text.c_str());
        ObjectOffsets handler;
        handler.stream = &stream;
        rapidjson::Reader reader;
        reader.Parse(stream, handler);
        std::size_t next = 0;
        walk(root, handler.offsets, next);
    }

    // Pre-order walk: the n-th object met is the n-th '{' in the text.
    void walk(const Value& value, const std::vector<std::size_t>& offsets, std::size_t& next) {
        if (value.IsObject()) {
            if (next < offsets.size()) object_offsets_[&value] = offsets[next];
            ++next;
            for (const auto& member : value.GetObject()) walk(member.value, offsets, next);
        } else if (value.IsArray()) {
            for (const Value& item : value.GetArray()) walk(item, offsets, next);
        }
    }

    std::size_t offset_of(const Value& value) const {
        auto found = object_offsets_.find(&value);
        return found == object_offsets_.end() ? 0 : found->second;
    }

    std::string string_field(const Value& object, const char* field, const std::string& what) const {
        auto member = object.FindMember(field);
        if (member == object.MemberEnd() || !member->value.IsString() || member->value.GetStringLength() == 0)
            fail(offset_of(object), what + " needs a non-empty string \"" + field + "\"");
        return member->value.GetString();
    }

    GoldDocument read_document(const Value& item) const {
        if (!item.IsObject()) fail(0, "each entry of \"documents\" is a JSON object");
        GoldDocument document;
        document.document = string_field(item, "document", "a gold document");
        document.positions = read_positions(item, "positions", document.document, true);
        document.optional = read_positions(item, "optional", document.document, false);
        return document;
    }

    std::vector<GoldPosition> read_positions(const Value& item, const char* field, const std::string& name,
                                             bool required) const {
        std::vector<GoldPosition> positions;
        auto member = item.FindMember(field);
        if (member == item.MemberEnd()) {
            if (required) fail(offset_of(item), "document \"" + name + "\" needs an array \"" + field + "\"");
            return positions;
        }
        if (!member->value.IsArray())
            fail(offset_of(item), std::string("\"") + field + "\" of document \"" + name + "\" must be an array");
        for (const Value& entry : member->value.GetArray()) {
            if (!entry.IsObject())
                fail(offset_of(item), std::string("each entry of \"") + field + "\" in \"" + name + "\" is an object");
            GoldPosition position;
            std::string what = "a position in \"" + name + "\"";
            position.actor = string_field(entry, "actor", what);
            position.issue = string_field(entry, "issue", what);
            std::string stance = string_field(entry, "stance", what);
            if (stance == "support") position.stance = Stance::support;
            else if (stance == "oppose") position.stance = Stance::oppose;
            else fail(offset_of(entry), "unknown stance \"" + stance + "\" in \"" + name + "\" (support or oppose)");
            auto quote = entry.FindMember("quote");
            if (quote != entry.MemberEnd() && quote->value.IsString()) position.quote = quote->value.GetString();
            positions.push_back(std::move(position));
        }
        return positions;
    }

    std::string_view json_;
    std::string file_;
    std::unordered_map<const Value*, std::size_t> object_offsets_;
};

using Key = std::tuple<std::string, std::string, Stance>;

// Actor id -> the actor it speaks for, from the ontology and the persons discovered.
class RollUp {
public:
    RollUp(const Ontology& ontology, const Extraction* extraction, EvalLevel level)
        : ontology_(ontology), level_(level) {
        if (extraction)
            for (const Node& node : extraction->new_actors)
                if (!node.affiliation.empty()) discovered_[node.id] = node.affiliation;
    }

    std::string operator()(const std::string& actor) const {
        if (level_ == EvalLevel::actor) return actor;
        std::string current = actor;
        for (int depth = 0; depth < 4; ++depth) {  // an affiliation chain is short; a cycle must not hang
            std::string next;
            if (const ActorEntry* entry = ontology_.find_actor(current)) next = entry->node.affiliation;
            else if (auto found = discovered_.find(current); found != discovered_.end()) next = found->second;
            if (next.empty() || next == current) break;
            current = next;
        }
        return current;
    }

private:
    const Ontology& ontology_;
    EvalLevel level_;
    std::map<std::string, std::string> discovered_;
};

std::string base_name(std::string_view id) {
    return std::filesystem::path(std::string(id)).filename().generic_string();
}

DocumentScore score_document(const GoldDocument& gold, const Extraction* extraction, const RollUp& roll_up) {
    DocumentScore score;
    score.document = gold.document;
    std::map<Key, std::string> stated, optional;
    for (const GoldPosition& position : gold.positions)
        stated.emplace(Key{roll_up(position.actor), position.issue, position.stance}, position.quote);
    for (const GoldPosition& position : gold.optional)
        optional.emplace(Key{roll_up(position.actor), position.issue, position.stance}, position.quote);
    // Each predicted triple with the earliest sentence that gave it.
    std::map<Key, const Evidence*> predicted;
    if (extraction) {
        for (const Edge& edge : extraction->edges) {
            if (edge.relation != "position" || !edge.stance) continue;
            Key key{roll_up(edge.source), edge.target, *edge.stance};
            const Evidence* evidence = edge.evidence.empty() ? nullptr : &edge.evidence.front();
            auto [at, inserted] = predicted.emplace(key, evidence);
            if (!inserted && evidence && (!at->second || *evidence < *at->second)) at->second = evidence;
        }
    }
    for (const auto& [key, evidence] : predicted) {
        if (stated.count(key)) {
            ++score.true_positives;
        } else if (!optional.count(key)) {
            ++score.false_positives;
            score.wrong.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), evidence ? evidence->text : ""});
        }
    }
    for (const auto& [key, quote] : stated) {
        if (predicted.count(key)) continue;
        ++score.false_negatives;
        score.misses.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), quote});
    }
    return score;
}

}  // namespace

GoldFile parse_gold(std::string_view json, const std::string& file) { return GoldParser(json, file).run(); }

GoldFile load_gold_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "cannot read the gold file");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return parse_gold(bytes.str(), path);
}

Scores scores_of(std::size_t true_positives, std::size_t false_positives, std::size_t false_negatives) {
    Scores scores;
    if (true_positives + false_positives > 0)
        scores.precision = static_cast<double>(true_positives) / static_cast<double>(true_positives + false_positives);
    if (true_positives + false_negatives > 0)
        scores.recall = static_cast<double>(true_positives) / static_cast<double>(true_positives + false_negatives);
    if (scores.precision && scores.recall)
        scores.f1 = *scores.precision + *scores.recall > 0
                        ? 2 * *scores.precision * *scores.recall / (*scores.precision + *scores.recall)
                        : 0.0;
    return scores;
}

bool gold_names_document(std::string_view gold, std::string_view id) {
    if (gold == id) return true;
    std::string base = base_name(id);
    if (gold == base) return true;
    std::string stem = std::filesystem::path(base).stem().generic_string();
    return !stem.empty() && gold == stem;
}

EvalReport evaluate(const GoldFile& gold, const std::vector<ExtractedDocument>& extracted, const Ontology& ontology,
                    EvalLevel level) {
    EvalReport report;
    report.level = level;
    for (const GoldDocument& document : gold.documents) {
        const Extraction* extraction = nullptr;
        for (const ExtractedDocument& candidate : extracted)
            if (gold_names_document(document.document, candidate.id)) {
                extraction = &candidate.extraction;
                break;
            }
        if (!extraction) {
            report.unmatched.push_back(document.document);
            continue;
        }
        DocumentScore score = score_document(document, extraction, RollUp(ontology, extraction, level));
        report.true_positives += score.true_positives;
        report.false_positives += score.false_positives;
        report.false_negatives += score.false_negatives;
        report.documents.push_back(std::move(score));
    }
    return report;
}

}  // namespace negograph
