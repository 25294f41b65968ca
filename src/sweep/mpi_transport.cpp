#include "sweep/mpi_transport.hpp"

#include <fmt/format.h>
#include <mpi.h>
#include <array>
#include <cstdio>
#include <limits>

#include "core/errors.hpp"

namespace regiotwin {
namespace {

// An MPI call that failed: with MPI_ERRORS_RETURN set, MPI reports instead of ending the process, so
// the message says which call and why before the sweep aborts.
void check(int code, const char* call) {
  if (code == MPI_SUCCESS) return;
  std::array<char, MPI_MAX_ERROR_STRING> text{};
  int length = 0;
  MPI_Error_string(code, text.data(), &length);
  throw SimulationError(
      fmt::format("{} failed: {}", call, std::string_view(text.data(), static_cast<std::size_t>(length))));
}

class MpiTransport final : public Transport {
 public:
  MpiTransport() {
    int provided = 0;
    check(MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided), "MPI_Init_thread");
    // From here on only MPI_Finalize (the destructor) or MPI_Abort may end MPI: a constructor that
    // throws has no destructor, so a problem ends the sweep here.
    try {
      check(MPI_Comm_set_errhandler(MPI_COMM_WORLD, MPI_ERRORS_RETURN), "MPI_Comm_set_errhandler");
      check(MPI_Comm_rank(MPI_COMM_WORLD, &rank_), "MPI_Comm_rank");
      check(MPI_Comm_size(MPI_COMM_WORLD, &size_), "MPI_Comm_size");
      std::array<char, MPI_MAX_PROCESSOR_NAME> name{};
      int length = 0;
      check(MPI_Get_processor_name(name.data(), &length), "MPI_Get_processor_name");
      host_.assign(name.data(), static_cast<std::size_t>(length));
      // Rank 0 computes on a thread of its own while its main thread serves the workers.
      if (provided < MPI_THREAD_FUNNELED) {
        throw SimulationError("this MPI library does not allow threads beside the one that calls MPI (FUNNELED)");
      }
    } catch (const Error& e) {
      fmt::print(stderr, "regiotwin: error: {}\n", e.what());
      MPI_Abort(MPI_COMM_WORLD, static_cast<int>(e.code()));
    }
  }
  MpiTransport(const MpiTransport&) = delete;
  MpiTransport& operator=(const MpiTransport&) = delete;
  MpiTransport(MpiTransport&&) = delete;
  MpiTransport& operator=(MpiTransport&&) = delete;
  ~MpiTransport() override {
    if (!aborted_) MPI_Finalize();
  }

  [[nodiscard]] int rank() const override { return rank_; }
  [[nodiscard]] int size() const override { return size_; }
  [[nodiscard]] std::string host() const override { return host_; }

  void send(int to, Tag tag, std::span<const std::byte> bytes) override {
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
      throw SimulationError(fmt::format("a message of {} bytes is too large for one MPI message", bytes.size()));
    }
    check(MPI_Send(bytes.data(), static_cast<int>(bytes.size()), MPI_BYTE, to, static_cast<int>(tag), MPI_COMM_WORLD),
          "MPI_Send");
  }

  Message receive() override {
    MPI_Status status{};
    check(MPI_Probe(MPI_ANY_SOURCE, MPI_ANY_TAG, MPI_COMM_WORLD, &status), "MPI_Probe");
    return take(status);
  }

  std::optional<Message> try_receive() override {
    MPI_Status status{};
    int arrived = 0;
    check(MPI_Iprobe(MPI_ANY_SOURCE, MPI_ANY_TAG, MPI_COMM_WORLD, &arrived, &status), "MPI_Iprobe");
    if (arrived == 0) return std::nullopt;
    return take(status);
  }

  void abort(int exit_code) override {
    aborted_ = true;
    MPI_Abort(MPI_COMM_WORLD, exit_code);
  }

 private:
  // Receives the message `status` announced by a probe.
  static Message take(const MPI_Status& status) {
    int count = 0;
    check(MPI_Get_count(&status, MPI_BYTE, &count), "MPI_Get_count");
    Message message;
    message.source = status.MPI_SOURCE;
    message.tag = static_cast<Tag>(status.MPI_TAG);
    message.bytes.resize(static_cast<std::size_t>(count));
    check(MPI_Recv(message.bytes.data(), count, MPI_BYTE, status.MPI_SOURCE, status.MPI_TAG, MPI_COMM_WORLD,
                   MPI_STATUS_IGNORE),
          "MPI_Recv");
    return message;
  }

  int rank_ = 0;
  int size_ = 1;
  std::string host_;
  bool aborted_ = false;
};

}  // namespace

std::unique_ptr<Transport> make_mpi_transport() { return std::make_unique<MpiTransport>(); }

}  // namespace regiotwin
