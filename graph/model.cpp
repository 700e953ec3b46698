// Names of the model's enumerations as they appear in every export.
#include "graph/model.hpp"

#include <cstdio>
#include <tuple>

namespace negograph {

std::string_view to_string(NodeType type) {
    return type == NodeType::actor ? "actor" : "issue";
}

std::string_view to_string(ActorKind kind) {
    switch (kind) {
    case ActorKind::state: return "state";
    case ActorKind::person: return "person";
    case ActorKind::organization: return "organization";
    case ActorKind::bloc: return "bloc";
    }
    return "state";
}

std::string_view to_string(Stance stance) {
    switch (stance) {
    case Stance::support: return "support";
    case Stance::oppose: return "oppose";
    case Stance::mixed: return "mixed";
    }
    return "support";
}

std::optional<NodeType> node_type_from(std::string_view text) {
    if (text == "actor") return NodeType::actor;
    if (text == "issue") return NodeType::issue;
    return std::nullopt;
}

std::optional<ActorKind> actor_kind_from(std::string_view text) {
    for (ActorKind kind : {ActorKind::state, ActorKind::person, ActorKind::organization, ActorKind::bloc})
        if (to_string(kind) == text) return kind;
    return std::nullopt;
}

std::optional<Stance> stance_from(std::string_view text) {
    for (Stance stance : {Stance::support, Stance::oppose, Stance::mixed})
        if (to_string(stance) == text) return stance;
    return std::nullopt;
}

bool operator==(const Evidence& a, const Evidence& b) {
    return std::tie(a.document, a.sentence, a.start, a.end, a.text, a.cue) ==
           std::tie(b.document, b.sentence, b.start, b.end, b.text, b.cue);
}

bool operator<(const Evidence& a, const Evidence& b) {
    return std::tie(a.document, a.sentence, a.start, a.cue, a.end, a.text) <
           std::tie(b.document, b.sentence, b.start, b.cue, b.end, b.text);
}

std::string Edge::key() const {
    if (relation == "position" && stance) return "position:" + std::string(to_string(*stance));
    return relation;
}

std::string relation_name_problem(std::string_view name) {
    if (name.empty()) return "an edge relation must not be empty";
    for (char c : name) {
        auto byte = static_cast<unsigned char>(c);
        if (c == ',') return "an edge relation must not contain a comma";
        if (byte < 0x20 || byte == 0x7F) {
            char code[8];
            std::snprintf(code, sizeof code, "%02X", byte);
            return std::string("an edge relation must not contain the control character U+00") + code;
        }
    }
    return {};
}

}  // namespace negograph
