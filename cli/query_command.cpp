// `negograph query`: positions and relations from the shell, as a table, JSON or JSON
// Lines. Parsing and printing only; filtering lives in graph/query.hpp.
#include "cli/commands.hpp"
#include "cli/graph_input.hpp"

#include "export/output_file.hpp"
#include "export/writers.hpp"
#include "extract/text.hpp"
#include "graph/query.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <iostream>
#include <memory>

namespace negograph::cli {
namespace {

struct QueryArgs {
    std::vector<std::string> inputs;
    std::vector<std::string> actors;
    std::vector<std::string> issues;
    std::string stance;
    std::vector<std::string> relations;
    std::vector<std::string> acts;
    std::vector<std::string> documents;
    std::vector<std::string> divide;
    bool no_members = false;
    bool evidence = false;
    bool json = false;
    bool jsonl = false;
    std::string ontology;
    unsigned threads = 0;
};

PositionQuery resolve_query(const QueryArgs& args, const NameResolver& names) {
    PositionQuery query;
    for (const std::string& actor : args.actors) query.actors.push_back(names.resolve(NameKind::actor, actor));
    for (const std::string& issue : args.issues) query.issues.push_back(names.resolve(NameKind::issue, issue));
    if (!args.stance.empty()) query.stance = stance_from(args.stance);
    for (const std::string& relation : args.relations) {
        std::string key = name_key(relation);
        if (key == "all" || relation == "*") query.relations.push_back("*");
        else query.relations.push_back(names.resolve(NameKind::relation, relation));
    }
    for (const std::string& act : args.acts) query.acts.push_back(names.resolve(NameKind::act, act));
    for (const std::string& document : args.documents)
        query.documents.push_back(names.resolve(NameKind::document, document));
    query.with_members = !args.no_members;
    return query;
}

std::string json_row(const QueryRow& row, const PositionGraph& graph, EvidenceLocator& locator) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    auto field = [&](const char* name, std::string_view value) {
        writer.Key(name);
        std::string clean = sanitize_utf8(value);
        writer.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
    };
    const Edge& edge = *row.edge;
    writer.StartObject();
    field("source", edge.source);
    field("target", edge.target);
    field("key", edge.key());
    field("relation", edge.relation);
    if (edge.stance) field("stance", to_string(*edge.stance));
    if (!row.on_behalf_of.empty()) field("on_behalf_of", row.on_behalf_of);
    if (const Node* source = graph.find_node(edge.source)) field("source_label", source->label);
    if (const Node* target = graph.find_node(edge.target)) field("target_label", target->label);
    writer.Key("acts");
    writer.StartArray();
    for (const std::string& act : edge.acts) writer.String(act.data(), static_cast<rapidjson::SizeType>(act.size()));
    writer.EndArray();
    writer.Key("weight");
    writer.Uint64(row.weight);
    writer.Key("confidence");
    if (std::isfinite(edge.confidence)) writer.Double(edge.confidence);
    else writer.Null();
    writer.Key("evidence");
    writer.StartArray();
    for (const Evidence* evidence : row.evidence) {
        writer.StartObject();
        field("document", evidence->document);
        writer.Key("sentence");
        writer.Uint(evidence->sentence);
        writer.Key("start");
        writer.Uint64(evidence->start);
        writer.Key("end");
        writer.Uint64(evidence->end);
        field("text", evidence->text);
        field("cue", evidence->cue);
        field("file", locator.file(*evidence));
        if (auto line = locator.line(*evidence)) {
            writer.Key("line");
            writer.Uint64(*line);
        }
        writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
    return buffer.GetString();
}

// Display width of UTF-8 text: code points, which is right for the scripts actors use.
std::size_t width(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void pad(std::ostream& out, std::string_view text, std::size_t to) {
    out << text;
    for (std::size_t w = width(text); w < to; ++w) out << ' ';
}

void print_table(std::ostream& out, const std::vector<QueryRow>& rows, bool all_evidence, EvidenceLocator& locator) {
    bool positions_only = std::all_of(rows.begin(), rows.end(),
                                      [](const QueryRow& row) { return row.edge->relation == "position"; });
    std::vector<std::array<std::string, 4>> cells;
    std::array<std::string, 4> header = positions_only
                                            ? std::array<std::string, 4>{"ACTOR", "STANCE", "ISSUE", "WEIGHT"}
                                            : std::array<std::string, 4>{"SOURCE", "RELATION", "TARGET", "WEIGHT"};
    std::array<std::size_t, 4> widths{};
    for (std::size_t i = 0; i < 4; ++i) widths[i] = width(header[i]);
    for (const QueryRow& row : rows) {
        const Edge& edge = *row.edge;
        std::string actor = edge.source + (row.on_behalf_of.empty() ? "" : " (for " + row.on_behalf_of + ")");
        std::string middle = edge.stance ? std::string(to_string(*edge.stance)) : edge.relation;
        cells.push_back({actor, middle, edge.target, std::to_string(row.weight)});
        for (std::size_t i = 0; i < 4; ++i) widths[i] = std::max(widths[i], width(cells.back()[i]));
    }
    auto columns = [&](const std::array<std::string, 4>& line) {
        for (std::size_t i = 0; i < 3; ++i) {
            pad(out, line[i], widths[i]);
            out << "  ";
        }
        for (std::size_t w = width(line[3]); w < widths[3]; ++w) out << ' ';
        out << line[3] << "  ";
    };
    columns(header);
    out << "EVIDENCE\n";
    std::size_t indent = widths[0] + widths[1] + widths[2] + widths[3] + 8;
    for (std::size_t r = 0; r < rows.size() && out; ++r) {
        columns(cells[r]);
        const std::vector<const Evidence*>& evidence = rows[r].evidence;
        if (evidence.empty()) {
            out << "-\n";
            continue;
        }
        std::size_t shown = all_evidence ? evidence.size() : 1;
        for (std::size_t e = 0; e < shown; ++e) {
            if (e > 0) out << std::string(indent, ' ');
            out << locator.where(*evidence[e]) << ": " << sanitize_utf8(evidence[e]->text);
            if (!all_evidence && evidence.size() > 1) out << "  (+" << evidence.size() - 1 << " more)";
            out << '\n';
        }
    }
}

int run_query(const QueryArgs& args) {
    if (args.json && args.jsonl) {
        print_error("choose one of --json and --jsonl");
        return kExitUsage;
    }
    Ontology ontology = load_ontology_option(args.ontology);
    GraphInputOptions options;
    options.ontology_path = args.ontology;
    options.threads = args.threads;
    std::size_t failures = 0;
    PositionGraph graph = load_graph(args.inputs, ontology, options, failures);
    // Nothing could be read: the errors said so, and there is nothing to ask.
    if (nothing_read(graph, failures)) return kExitBadInput;

    NameResolver names(ontology, graph);
    std::vector<QueryRow> rows;
    try {
        PositionQuery query = resolve_query(args, names);
        if (!args.divide.empty()) {
            std::string first = names.resolve(NameKind::actor, args.divide[0]);
            std::string second = names.resolve(NameKind::actor, args.divide[1]);
            if (first == second) {
                print_error("--divide needs two different actors; \"" + args.divide[0] + "\" and \"" +
                            args.divide[1] + "\" are both " + first);
                return kExitUsage;
            }
            rows = dividing_issues(graph, first, second, query);
        } else {
            rows = run_query(graph, query);
        }
    } catch (const UnknownName& error) {
        print_error(error.what());
        return kExitUsage;
    }

    EvidenceLocator locator(graph.meta);
    std::ostream& out = std::cout;
    if (args.json) {
        out << "[";
        for (std::size_t i = 0; i < rows.size() && out; ++i)
            out << (i ? ",\n " : "\n ") << json_row(rows[i], graph, locator);
        out << (rows.empty() ? "]\n" : "\n]\n");
    } else if (args.jsonl) {
        for (std::size_t i = 0; i < rows.size() && out; ++i) out << json_row(rows[i], graph, locator) << '\n';
    } else if (rows.empty()) {
        // After an input that failed, its errors say why, and it might have matched.
        if (failures == 0)
            std::cerr << "negograph: nothing matches in " << count_of(graph.meta.documents.size(), "document", "documents")
                      << "\n";
    } else {
        print_table(out, rows, args.evidence, locator);
    }
    // A reader that stopped early (negograph query ... | head) is not an error; a failed
    // write (a full disk) throws.
    flush_stdout();
    return failures > 0 ? kExitBadInput : kExitOk;
}

}  // namespace

Run add_query_command(CLI::App& app) {
    auto args = std::make_shared<QueryArgs>();
    CLI::App* query = app.add_subcommand("query", "Ask which actors hold which positions, with the evidence");
    query->footer(
        "Questions and their direct form:\n"
        "  which actors oppose security guarantees?\n"
        "      negograph query samples/ --issue security-guarantees --stance oppose\n"
        "  everything Russia demands (its negotiators included)?\n"
        "      negograph query samples/ --actor russia --act demand\n"
        "  every position of Russia?\n"
        "      negograph query samples/ --actor Russia\n"
        "  who mediates?\n"
        "      negograph query samples/ --relation mediates\n"
        "  which issues divide Ukraine and Russia (opposite stances on one issue)?\n"
        "      negograph query samples/ --divide ukraine,russia\n"
        "  the same from a graph file (negograph build samples/ -o samples.json), for a script:\n"
        "      negograph query samples.json --actor Erdoğan --json\n"
        "Names are ids, labels or aliases, in any case (Kremlin, erdogan, \"Security guarantees\").\n"
        "The table shows the first evidence sentence as FILE:LINE; --evidence shows all.");
    query->add_option("GRAPH_OR_INPUT", args->inputs,
                      "Graph files (.json, .graphml) or documents, directories, - for stdin")
        ->required();
    query->add_option("-a,--actor", args->actors, "Positions held by this actor (repeatable)");
    query->add_option("-i,--issue", args->issues, "Positions on this issue, or relations to this actor (repeatable)");
    query->add_option("-s,--stance", args->stance, "support or oppose")
        ->check(CLI::IsMember({"support", "oppose"}, CLI::ignore_case))
        ->transform([](std::string value) {
            std::transform(value.begin(), value.end(), value.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            return value;
        });
    query->add_option("-r,--relation", args->relations,
                      "Edges of this relation: mediates, urges, negotiates-with, member-of, position, or all "
                      "(default: position)");
    query->add_option("--act", args->acts, "Positions with this speech act: propose, demand, reject, accept, ...");
    query->add_option("-d,--document", args->documents, "Only evidence from this document (id, path or file name)");
    query->add_option("--divide", args->divide, "Issues on which actors A and B hold opposite stances: --divide A,B")
        ->delimiter(',')
        ->expected(2);
    query->add_flag("--no-members", args->no_members,
                    "An actor stands for itself only, not for the persons who speak for it");
    query->add_flag("-e,--evidence", args->evidence, "Show every evidence sentence, not only the first");
    query->add_flag("--json", args->json, "A JSON array of matching edges, with all their evidence");
    query->add_flag("--jsonl", args->jsonl, "One JSON object per line (JSON Lines)");
    query->add_option("--ontology", args->ontology, "Ontology JSON for documents and names (default: built-in)");
    query->add_option("-j,--threads", args->threads, "Worker threads when building from documents");
    return [args] { return run_query(*args); };
}

}  // namespace negograph::cli
