// Temporary-file-and-rename output on POSIX.
#include "export/output_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <unistd.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <vector>

namespace negograph {
namespace fs = std::filesystem;
namespace {

std::string directory_of(const std::string& path) {
    fs::path parent = fs::path(path).parent_path();
    return parent.empty() ? "." : parent.string();
}

// ".NAME.tmp-" for the output file NAME: the prefix of its temporary files. Built by
// appending, since GCC 12 at -O3 warns falsely (-Wrestrict) on "." + std::string.
std::string temp_prefix(const std::string& path) {
    std::string prefix(1, '.');
    prefix += fs::path(path).filename().string();
    prefix += ".tmp-";
    return prefix;
}

// When this process started, give or take static initialisation.
const fs::file_time_type kRunStart = fs::file_time_type::clock::now();

// A run killed while writing (SIGKILL, power loss) leaves its hidden temporary file
// behind; the next run writing the same output removes those older than itself.
void remove_stale_temporaries(const std::string& path) {
    std::string prefix = temp_prefix(path);
    std::error_code error;
    fs::directory_iterator entries(directory_of(path), error);
    for (; !error && entries != fs::directory_iterator(); entries.increment(error)) {
        std::string name = entries->path().filename().string();
        if (name.size() != prefix.size() + 6 || name.compare(0, prefix.size(), prefix) != 0) continue;
        std::error_code ignored;
        if (entries->is_regular_file(ignored) && entries->last_write_time(ignored) < kRunStart)
            fs::remove(entries->path(), ignored);
    }
}

// True when `fd` is a pipe or socket whose reading end is closed: writes to it fail with
// EPIPE. Asked of the descriptor, since errno may have changed since the failed write.
bool reader_gone(int fd) {
    struct stat status{};
    if (::fstat(fd, &status) != 0 || !(S_ISFIFO(status.st_mode) || S_ISSOCK(status.st_mode))) return false;
    pollfd probe{fd, POLLOUT, 0};
    return ::poll(&probe, 1, 0) == 1 && (probe.revents & (POLLERR | POLLHUP)) != 0;
}

}  // namespace

bool flush_stdout() {
    std::cout.flush();
    if (std::cout) return true;
    // errno of the failed write(2): a failed stream makes no further calls, so only code
    // run since (which rarely fails) can have changed it.
    int error = errno;
    if (error == EPIPE || reader_gone(STDOUT_FILENO)) return false;
    std::string message = "cannot write to standard output";
    if (error != 0) message += std::string(": ") + std::strerror(error);
    throw std::runtime_error(message);
}

void check_writable(const std::string& path) {
    if (path == "-") return;
    std::error_code error;
    if (fs::is_directory(path, error)) throw std::runtime_error(path + ": is a directory; give a file name");
    std::string directory = directory_of(path);
    if (!fs::is_directory(directory, error))
        throw std::runtime_error(path + ": directory " + directory + " does not exist");
    // Try it: access() says yes to root even where writes fail (/proc, read-only mounts).
    std::string probe = (fs::path(directory) / (temp_prefix(path) + "XXXXXX")).string();
    int fd = ::mkstemp(probe.data());
    if (fd < 0) throw std::runtime_error(path + ": cannot write in " + directory + ": " + std::strerror(errno));
    ::close(fd);
    ::unlink(probe.c_str());
}

void write_output(const std::string& path, const std::function<void(std::ostream&)>& write) {
    if (path == "-") {
        write(std::cout);
        flush_stdout();
        return;
    }
    check_writable(path);
    remove_stale_temporaries(path);
    std::string temp = (fs::path(directory_of(path)) / (temp_prefix(path) + "XXXXXX")).string();
    int fd = ::mkstemp(temp.data());
    if (fd < 0) throw std::runtime_error(path + ": cannot create a temporary file: " + std::strerror(errno));
    ::close(fd);
    try {
        {
            std::ofstream out(temp, std::ios::binary | std::ios::trunc);
            std::vector<char> buffer(1 << 20);
            out.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            write(out);
            out.flush();
            if (!out) throw std::runtime_error(path + ": write failed: " + std::strerror(errno));
        }
        int sync_fd = ::open(temp.c_str(), O_RDONLY);
        if (sync_fd >= 0) {
            ::fsync(sync_fd);
            ::close(sync_fd);
        }
        ::chmod(temp.c_str(), 0644);
        if (std::rename(temp.c_str(), path.c_str()) != 0)
            throw std::runtime_error(path + ": cannot rename the finished file into place: " + std::strerror(errno));
    } catch (...) {
        std::remove(temp.c_str());
        throw;
    }
}

}  // namespace negograph
