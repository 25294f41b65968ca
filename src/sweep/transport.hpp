#pragma once
// What a sweep needs from MPI, and nothing more (docs/cluster.md): its rank, how many ranks there
// are, and messages of bytes between rank 0 and a worker. Rank 0 hands out tasks on request and is
// the only one that writes results; workers compute. The serial transport is the one rank of a sweep
// run without mpirun, which then computes every task itself, threaded. Like OpenM++'s message
// interface with its empty implementation (msg/msgEmpty.h), the rest of the code never sees MPI.
#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace regiotwin {

// What a message is; MPI carries it as the message tag.
enum class Tag : int {
  request = 1,  // worker -> 0: give me a task (the payload: a fingerprint of the worker's inputs)
  task = 2,     // 0 -> worker: compute this (group, replication)
  result = 3,   // worker -> 0: a replication's series; also asks for the next task
  stop = 4,     // 0 -> worker: no tasks left
};

struct Message {
  int source = 0;
  Tag tag = Tag::request;
  std::vector<std::byte> bytes;
};

class Transport {
 public:
  Transport() = default;
  Transport(const Transport&) = delete;
  Transport& operator=(const Transport&) = delete;
  Transport(Transport&&) = delete;
  Transport& operator=(Transport&&) = delete;
  // Ends the transport (MPI_Finalize) when the sweep went well.
  virtual ~Transport() = default;

  [[nodiscard]] virtual int rank() const = 0;
  [[nodiscard]] virtual int size() const = 0;
  // Where this rank runs (for messages naming a rank).
  [[nodiscard]] virtual std::string host() const = 0;

  virtual void send(int to, Tag tag, std::span<const std::byte> bytes) = 0;
  // The next message for this rank, from any rank: waits for one.
  virtual Message receive() = 0;
  // The next message if one has arrived, without waiting.
  virtual std::optional<Message> try_receive() = 0;
  // Ends every rank of the sweep after an error on this one (MPI_Abort); the serial transport
  // returns and leaves the error to the caller.
  virtual void abort(int exit_code) = 0;
};

// One rank, no messages: the sweep runs on this machine.
class SerialTransport final : public Transport {
 public:
  SerialTransport() = default;
  SerialTransport(const SerialTransport&) = delete;
  SerialTransport& operator=(const SerialTransport&) = delete;
  SerialTransport(SerialTransport&&) = delete;
  SerialTransport& operator=(SerialTransport&&) = delete;
  ~SerialTransport() override = default;

  [[nodiscard]] int rank() const override { return 0; }
  [[nodiscard]] int size() const override { return 1; }
  [[nodiscard]] std::string host() const override;
  void send(int to, Tag tag, std::span<const std::byte> bytes) override;
  Message receive() override;
  std::optional<Message> try_receive() override { return std::nullopt; }
  void abort(int /*exit_code*/) override {}
};

// Whether this regiotwin was built with MPI.
bool mpi_available();

// The MPI transport when this process was started by mpirun (or another MPI launcher) and regiotwin
// was built with MPI, otherwise the serial one. Started by a launcher without MPI support, it throws
// UsageError: every rank would otherwise run the whole sweep and write the same outputs.
std::unique_ptr<Transport> make_transport();

}  // namespace regiotwin
