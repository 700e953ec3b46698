// `negograph eval`: extraction measured against a hand-annotated gold file. A
// measurement, so low scores still exit 0; only a bad gold file or input exits 1.
#include "cli/commands.hpp"

#include "export/output_file.hpp"
#include "export/writers.hpp"
#include "extract/document_reader.hpp"
#include "extract/eval.hpp"
#include "extract/ontology.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <cstdio>
#include <iostream>
#include <memory>

namespace negograph::cli {
namespace {

struct EvalArgs {
    std::string gold;
    std::vector<std::string> inputs;
    std::string ontology;
    std::string level = "state";
    bool json = false;
};

std::string figure(const std::optional<double>& value) {
    if (!value) return "    -";
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%5.3f", *value);
    return buffer;
}

std::string triple_text(const ScoredTriple& triple) {
    return triple.actor + " " + std::string(to_string(triple.stance)) + " " + triple.issue;
}

void print_text(std::ostream& out, const EvalReport& report) {
    out << "negograph eval: " << (report.level == EvalLevel::state ? "state" : "actor") << " level, "
        << count_of(report.documents.size(), "document", "documents") << "\n";
    out << "  TP  FP  FN  precision  recall     F1  document\n";
    auto row = [&](std::size_t tp, std::size_t fp, std::size_t fn, const std::string& name) {
        Scores scores = scores_of(tp, fp, fn);
        char counts[32];
        std::snprintf(counts, sizeof counts, "%4zu%4zu%4zu", tp, fp, fn);
        out << counts << "      " << figure(scores.precision) << "   " << figure(scores.recall) << "  "
            << figure(scores.f1) << "  " << name << '\n';
    };
    for (const DocumentScore& document : report.documents)
        row(document.true_positives, document.false_positives, document.false_negatives, document.document);
    row(report.true_positives, report.false_positives, report.false_negatives, "overall");
    Scores overall = report.overall();
    out << "overall: precision " << figure(overall.precision) << " recall " << figure(overall.recall) << " F1 "
        << figure(overall.f1) << '\n';
    for (const DocumentScore& document : report.documents)
        for (const ScoredTriple& miss : document.misses)
            out << "miss: " << document.document << ": " << triple_text(miss) << "\n    \"" << miss.sentence << "\"\n";
    for (const DocumentScore& document : report.documents)
        for (const ScoredTriple& wrong : document.wrong)
            out << "false positive: " << document.document << ": " << triple_text(wrong) << "\n    \""
                << wrong.sentence << "\"\n";
}

using JsonWriter = rapidjson::Writer<rapidjson::OStreamWrapper>;

void write_scores(JsonWriter& writer, std::size_t tp, std::size_t fp, std::size_t fn) {
    Scores scores = scores_of(tp, fp, fn);
    writer.Key("true_positives"); writer.Uint64(tp);
    writer.Key("false_positives"); writer.Uint64(fp);
    writer.Key("false_negatives"); writer.Uint64(fn);
    for (auto [name, value] : {std::pair{"precision", scores.precision}, std::pair{"recall", scores.recall},
                               std::pair{"f1", scores.f1}}) {
        writer.Key(name);
        if (value) writer.Double(*value);
        else writer.Null();
    }
}

void write_triples(JsonWriter& writer, const char* name, const std::vector<ScoredTriple>& triples) {
    writer.Key(name);
    writer.StartArray();
    for (const ScoredTriple& triple : triples) {
        writer.StartObject();
        writer.Key("actor"); writer.String(triple.actor);
        writer.Key("issue"); writer.String(triple.issue);
        writer.Key("stance"); writer.String(std::string(to_string(triple.stance)));
        writer.Key("sentence"); writer.String(triple.sentence);
        writer.EndObject();
    }
    writer.EndArray();
}

void print_json(std::ostream& out, const EvalReport& report) {
    rapidjson::OStreamWrapper stream(out);
    JsonWriter writer(stream);
    writer.StartObject();
    writer.Key("level"); writer.String(report.level == EvalLevel::state ? "state" : "actor");
    writer.Key("overall");
    writer.StartObject();
    write_scores(writer, report.true_positives, report.false_positives, report.false_negatives);
    writer.EndObject();
    writer.Key("documents");
    writer.StartArray();
    for (const DocumentScore& document : report.documents) {
        writer.StartObject();
        writer.Key("document"); writer.String(document.document);
        write_scores(writer, document.true_positives, document.false_positives, document.false_negatives);
        write_triples(writer, "misses", document.misses);
        write_triples(writer, "wrong", document.wrong);
        writer.EndObject();
    }
    writer.EndArray();
    writer.Key("unmatched");
    writer.StartArray();
    for (const std::string& name : report.unmatched) writer.String(name);
    writer.EndArray();
    writer.EndObject();
    out << '\n';
}

int run_eval(const EvalArgs& args) {
    GoldFile gold = load_gold_file(args.gold);
    Ontology ontology = args.ontology.empty() ? default_ontology() : load_ontology_file(args.ontology);
    if (!gold.ontology.empty() && gold.ontology != ontology.name)
        print_warning(args.gold + ": annotated for ontology \"" + gold.ontology + "\", evaluating with \"" +
                      ontology.name + "\"");
    for (const GoldDocument& document : gold.documents)
        for (const auto* list : {&document.positions, &document.optional})
            for (const GoldPosition& position : *list)
                if (!ontology.find_issue(position.issue))
                    print_warning(args.gold + ": document \"" + document.document + "\" names unknown issue \"" +
                                  position.issue + "\"");

    std::vector<InputError> errors;
    std::vector<InputSource> sources = expand_inputs(args.inputs, errors);
    if (!errors.empty()) throw errors.front();
    Extractor extractor(ontology);
    std::vector<ExtractedDocument> extracted;
    for (const InputSource& source : sources)
        for (Document& document : read_source(source, [](const std::string& message) { print_warning(message); }))
            extracted.push_back({document.info.id, extractor.extract(document.text, document.info.id)});

    EvalReport report = evaluate(gold, extracted, ontology, args.level == "actor" ? EvalLevel::actor : EvalLevel::state);
    for (const std::string& name : report.unmatched)
        print_warning(args.gold + ": no input document for \"" + name + "\"; not scored");
    for (const ExtractedDocument& document : extracted) {
        bool annotated = false;
        for (const GoldDocument& entry : gold.documents) annotated = annotated || gold_names_document(entry.document, document.id);
        if (!annotated) print_warning(document.id + ": not in the gold file; not scored");
    }
    if (args.json) print_json(std::cout, report);
    else print_text(std::cout, report);
    flush_stdout();
    return kExitOk;
}

}  // namespace

Run add_eval_command(CLI::App& app) {
    auto args = std::make_shared<EvalArgs>();
    CLI::App* eval = app.add_subcommand("eval", "Measure extraction against a hand-annotated gold file");
    eval->footer(
        "Examples:\n"
        "  negograph eval --gold samples/gold.json samples/\n"
        "  negograph eval --gold tests/data/passages.gold.json tests/data/passages.jsonl --json\n"
        "The gold file lists per document (file base name or JSON Lines id) the\n"
        "(actor, issue, stance) triples it states, plus optional ones defensible either way.\n"
        "Prints precision, recall and F1 per document and overall, then the misses and false\n"
        "positives with their sentences. Exit 0 whatever the scores; 1 on a bad gold file.");
    eval->add_option("--gold", args->gold, "Gold file (JSON)")->required();
    eval->add_option("INPUT", args->inputs, "Files, directories or - for stdin")->required();
    eval->add_option("--ontology", args->ontology, "Ontology JSON to use instead of the built-in one");
    eval->add_option("--level", args->level, "state (persons rolled up to their state, default) or actor")
        ->check(CLI::IsMember({"state", "actor"}));
    eval->add_flag("--json", args->json, "Scores as JSON");
    return [args] { return run_eval(*args); };
}

}  // namespace negograph::cli
