// Parallel extraction with a deterministic, ordered merge: a bounded pipeline for sources,
// a parallel loop for documents already in memory.
#include "graph/builder.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <unordered_set>

namespace negograph {
namespace {

unsigned thread_count(const BuildOptions& options, std::size_t jobs) {
    unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    return static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(jobs, 1)));
}

// Runs work(i) for i in [0, count) on `threads` threads.
void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work) {
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i) work(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            for (std::size_t i = next++; i < count; i = next++) work(i);
        });
    for (std::thread& thread : pool) thread.join();
}

struct DocumentResult {
    DocumentInfo info;
    Extraction extraction;
};

void add_results(PositionGraph& graph, const Ontology& ontology, std::vector<DocumentResult>& results) {
    std::stable_sort(results.begin(), results.end(),
                     [](const DocumentResult& a, const DocumentResult& b) { return a.info.id < b.info.id; });
    for (std::size_t i = 1; i < results.size(); ++i)
        if (results[i].info.id == results[i - 1].info.id)
            throw InputError(results[i].info.path, "duplicate document id \"" + results[i].info.id + "\"");
    for (DocumentResult& result : results)
        add_extraction(graph, ontology, std::move(result.info), std::move(result.extraction));
    std::sort(graph.meta.documents.begin(), graph.meta.documents.end(),
              [](const DocumentInfo& a, const DocumentInfo& b) { return a.id < b.id; });
}

constexpr std::size_t kChunkBytes = 1 << 20;  // JSON Lines read per work item

// One chunk of a source to turn into documents, or the error that ended its source.
struct Work {
    std::uint64_t sequence = 0;
    SourceChunk chunk;
    std::string error;
};

// What a chunk gave: its documents' extractions and its messages, in source order.
struct Outcome {
    std::vector<DocumentResult> documents;
    std::vector<std::string> messages;  // "warning: ..." or an error
    std::size_t failures = 0;
    std::uint64_t documents_found = 0;  // in any shard
    std::uint64_t source_bytes = 0;
};

bool in_shard(const std::string& id, const BuildOptions& options) {
    return options.shard_count <= 1 || shard_of(id, options.shard_count) == options.shard_index;
}

// Runs on any thread: parsing and extraction, the costly part of a build.
Outcome process(const Work& work, const Extractor& extractor, const BuildOptions& options) {
    Outcome outcome;
    outcome.source_bytes = work.chunk.source_bytes;
    if (!work.error.empty()) {
        outcome.messages.push_back(work.error);
        outcome.failures = 1;
        return outcome;
    }
    // A whole file is one document whose id is its path: skip it unread when another shard has it.
    if (work.chunk.format != InputFormat::jsonl && !in_shard(document_id_of(work.chunk.path), options)) {
        outcome.documents_found = 1;
        return outcome;
    }
    auto warn = [&](const std::string& message) { outcome.messages.push_back("warning: " + message); };
    auto error = [&](const InputError& bad) {
        outcome.messages.push_back(bad.what());
        ++outcome.failures;
    };
    try {
        for (Document& document : read_chunk(work.chunk, warn, error)) {
            ++outcome.documents_found;
            if (!in_shard(document.info.id, options)) continue;
            Extraction extraction = extractor.extract(document.text, document.info.id);
            outcome.documents.push_back({std::move(document.info), std::move(extraction)});
        }
    } catch (const std::exception& failure) {
        outcome.messages.push_back((work.chunk.path == "-" ? std::string("<stdin>") : work.chunk.path) + ": " +
                                   failure.what());
        ++outcome.failures;
    }
    return outcome;
}

// Runs on the calling thread: adds outcomes to the graph in sequence order.
class Assembler {
public:
    Assembler(PositionGraph& graph, const Ontology& ontology, const BuildOptions& options,
              const std::function<void(const std::string&)>& report)
        : graph_(graph), ontology_(ontology), options_(options), report_(report),
          started_(std::chrono::steady_clock::now()), last_progress_(started_) {}

    void expect_bytes(std::uint64_t bytes) { progress_.bytes_total += bytes; }

    void add(Outcome&& outcome) {
        for (const std::string& message : outcome.messages) report_(message);
        summary_.failures += outcome.failures;
        summary_.documents_found += outcome.documents_found;
        for (DocumentResult& result : outcome.documents) {
            if (!seen_.insert(result.info.id).second) {
                report_(result.info.path + ": duplicate document id \"" + result.info.id + "\"; skipped");
                ++summary_.failures;
                continue;
            }
            add_extraction(graph_, ontology_, std::move(result.info), std::move(result.extraction));
            ++progress_.documents;
        }
        progress_.bytes_done += outcome.source_bytes;
        if (!options_.progress) return;
        auto now = std::chrono::steady_clock::now();
        if (now - last_progress_ < std::chrono::milliseconds(250)) return;
        last_progress_ = now;
        report_progress(now);
    }

    BuildSummary finish() {
        std::sort(graph_.meta.documents.begin(), graph_.meta.documents.end(),
                  [](const DocumentInfo& a, const DocumentInfo& b) { return a.id < b.id; });
        if (options_.progress) report_progress(std::chrono::steady_clock::now());
        return summary_;
    }

private:
    void report_progress(std::chrono::steady_clock::time_point now) {
        progress_.seconds = std::chrono::duration<double>(now - started_).count();
        options_.progress(progress_);
    }

    PositionGraph& graph_;
    const Ontology& ontology_;
    const BuildOptions& options_;
    const std::function<void(const std::string&)>& report_;
    std::unordered_set<std::string> seen_;
    BuildSummary summary_;
    BuildProgress progress_;
    std::chrono::steady_clock::time_point started_, last_progress_;
};

// One reading thread cuts sources into chunks, `threads` workers process them, and the
// calling thread adds outcomes in order. At most `window_` chunks are between reading and
// adding at any time, which bounds memory whatever the corpus size.
class Pipeline {
public:
    Pipeline(const std::vector<InputSource>& sources, const Extractor& extractor, const BuildOptions& options,
             unsigned threads)
        : sources_(sources), extractor_(extractor), options_(options), threads_(threads), window_(4 * threads + 4) {}

    void run(Assembler& assembler) {
        std::thread reader([this] { read(); });
        std::vector<std::thread> workers;
        for (unsigned i = 0; i < threads_; ++i) workers.emplace_back([this] { work(); });
        try {
            assemble(assembler);
        } catch (...) {
            stop();
            reader.join();
            for (std::thread& worker : workers) worker.join();
            throw;
        }
        reader.join();
        for (std::thread& worker : workers) worker.join();
    }

private:
    struct Stopped {};

    void stop() {
        std::lock_guard<std::mutex> lock(mutex_);
        stopped_ = true;
        changed_.notify_all();
    }

    void push(Work work) {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [&] { return stopped_ || next_sequence_ < assembled_ + window_; });
        if (stopped_) throw Stopped{};
        work.sequence = next_sequence_++;
        queue_.push_back(std::move(work));
        changed_.notify_all();
    }

    void read() {
        try {
            for (const InputSource& source : sources_) {
                try {
                    read_chunks(source, kChunkBytes, [&](SourceChunk&& chunk) { push(Work{0, std::move(chunk), {}}); });
                } catch (const Stopped&) {
                    throw;
                } catch (const std::exception& error) {
                    push(Work{0, {}, error.what()});
                }
            }
        } catch (const Stopped&) {
        }
        std::lock_guard<std::mutex> lock(mutex_);
        reading_done_ = true;
        changed_.notify_all();
    }

    void work() {
        for (;;) {
            Work item;
            {
                std::unique_lock<std::mutex> lock(mutex_);
                changed_.wait(lock, [&] { return stopped_ || !queue_.empty() || reading_done_; });
                if (stopped_ || queue_.empty()) return;
                item = std::move(queue_.front());
                queue_.pop_front();
            }
            Outcome outcome = process(item, extractor_, options_);
            std::lock_guard<std::mutex> lock(mutex_);
            done_.emplace(item.sequence, std::move(outcome));
            changed_.notify_all();
        }
    }

    void assemble(Assembler& assembler) {
        for (;;) {
            Outcome outcome;
            {
                std::unique_lock<std::mutex> lock(mutex_);
                changed_.wait(lock, [&] {
                    return done_.count(assembled_) > 0 || (reading_done_ && assembled_ == next_sequence_);
                });
                auto found = done_.find(assembled_);
                if (found == done_.end()) return;
                outcome = std::move(found->second);
                done_.erase(found);
                ++assembled_;
                changed_.notify_all();
            }
            assembler.add(std::move(outcome));
        }
    }

    const std::vector<InputSource>& sources_;
    const Extractor& extractor_;
    const BuildOptions& options_;
    const unsigned threads_;
    const std::uint64_t window_;

    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Work> queue_;
    std::map<std::uint64_t, Outcome> done_;
    std::uint64_t next_sequence_ = 0;  // given to the next chunk read
    std::uint64_t assembled_ = 0;      // chunks added to the graph so far
    bool reading_done_ = false;
    bool stopped_ = false;
};

}  // namespace

PositionGraph empty_graph(const Ontology& ontology, const BuildOptions& options) {
    PositionGraph graph;
    graph.meta.generator = std::string("negograph ") + kVersion;
    graph.meta.ontology = ontology.name;
    graph.meta.ontology_version = ontology.version;
    graph.meta.max_evidence = options.max_evidence;
    return graph;
}

void add_extraction(PositionGraph& graph, const Ontology& ontology, const DocumentInfo& document,
                    const Extraction& extraction) {
    add_extraction(graph, ontology, DocumentInfo(document), extraction);
}

void add_extraction(PositionGraph& graph, const Ontology& ontology, DocumentInfo&& document,
                    const Extraction& extraction) {
    add_extraction(graph, ontology, std::move(document), Extraction(extraction));
}

void add_extraction(PositionGraph& graph, const Ontology& ontology, DocumentInfo&& document,
                    Extraction&& extraction) {
    graph.meta.documents.push_back(std::move(document));
    for (const Node& node : extraction.new_actors) graph.add_node(node);
    auto add_actor = [&](const std::string& id) {
        if (const ActorEntry* actor = ontology.find_actor(id)) {
            graph.add_node(actor->node);
            return actor;
        }
        return static_cast<const ActorEntry*>(nullptr);
    };
    // An extractor gives a source's edges one after another: adding a node again
    // changes nothing, so a source is added once per run of its edges.
    const std::string* last_source = nullptr;
    for (const Edge& edge : extraction.edges) {
        if (!last_source || *last_source != edge.source) add_actor(edge.source);
        last_source = &edge.source;
        if (const IssueEntry* issue = ontology.find_issue(edge.target)) graph.add_node(issue->node);
        else add_actor(edge.target);
    }
    // Persons roll up to the actor they speak for: one member-of edge per document.
    // Views of the edges' sources: the edges outlive them.
    std::vector<std::string_view> speakers;
    for (const Edge& edge : extraction.edges) speakers.push_back(edge.source);
    std::sort(speakers.begin(), speakers.end());
    speakers.erase(std::unique(speakers.begin(), speakers.end()), speakers.end());
    // The affiliation comes from this document and the ontology, never from what other
    // documents added to the graph, so a build of shards merges into a build of all.
    auto in_document = [&](std::string_view id) -> const Node* {
        for (const Node& node : extraction.new_actors)
            if (node.id == id) return &node;
        const ActorEntry* actor = ontology.find_actor(id);
        return actor ? &actor->node : nullptr;
    };
    for (std::string_view speaker : speakers) {
        const Node* node = in_document(speaker);
        if (!node || node->affiliation.empty() || !in_document(node->affiliation)) continue;
        add_actor(node->affiliation);
        Edge member;
        member.source = node->id;
        member.target = node->affiliation;
        member.relation = "member-of";
        member.weight = 1;
        member.confidence = 1.0;
        graph.add_edge(std::move(member));
    }
    for (Edge& edge : extraction.edges) graph.add_edge(std::move(edge));
}

std::uint32_t shard_of(const std::string& document_id, std::uint32_t count) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a 64
    for (unsigned char c : document_id) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    }
    return count <= 1 ? 0 : static_cast<std::uint32_t>(hash % count);
}

BuildSummary build_graph(PositionGraph& graph, const Extractor& extractor, const std::vector<InputSource>& sources,
                        const BuildOptions& options, const std::function<void(const std::string&)>& report) {
    std::vector<InputSource> ordered = sources;
    std::stable_sort(ordered.begin(), ordered.end(), [](const InputSource& a, const InputSource& b) {
        return std::make_pair(document_id_of(a.path), a.path) < std::make_pair(document_id_of(b.path), b.path);
    });
    Assembler assembler(graph, extractor.ontology(), options, report);
    for (const InputSource& source : ordered) {
        std::error_code error;
        if (source.path != "-" && std::filesystem::is_regular_file(source.path, error))
            assembler.expect_bytes(std::filesystem::file_size(source.path, error));
    }
    unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    if (threads <= 1) {
        for (const InputSource& source : ordered) {
            try {
                read_chunks(source, kChunkBytes, [&](SourceChunk&& chunk) {
                    assembler.add(process(Work{0, std::move(chunk), {}}, extractor, options));
                });
            } catch (const std::exception& error) {
                assembler.add(process(Work{0, {}, error.what()}, extractor, options));
            }
        }
    } else {
        Pipeline(ordered, extractor, options, threads).run(assembler);
    }
    return assembler.finish();
}

void build_graph(PositionGraph& graph, const Extractor& extractor, std::vector<Document> documents,
                 const BuildOptions& options) {
    std::vector<DocumentResult> results(documents.size());
    parallel_for(documents.size(), thread_count(options, documents.size()), [&](std::size_t i) {
        results[i].extraction = extractor.extract(documents[i].text, documents[i].info.id);
        results[i].info = std::move(documents[i].info);
    });
    add_results(graph, extractor.ontology(), results);
}

}  // namespace negograph
