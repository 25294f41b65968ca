#pragma once
// The bytes of a sweep's messages. Only ranks running the same regiotwin build exchange them, on
// machines of the same byte order (docs/cluster.md), so numbers travel as they lie in memory: a
// replication's series are its raw doubles behind a small header. The header's magic number, format
// version and shape guard against bytes that are not what the receiver expects.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "plan/comparison.hpp"

namespace regiotwin {

// One task of a sweep: replication `replication` of group `group` (a scenario on a region).
struct SweepTask {
  int group = 0;
  int replication = 0;
  friend bool operator==(const SweepTask&, const SweepTask&) = default;
};

struct SweepResult {
  int group = 0;
  ReplicationResult replication;
};

using Bytes = std::vector<std::byte>;

Bytes encode_fingerprint(std::uint64_t fingerprint);
std::uint64_t decode_fingerprint(std::span<const std::byte> bytes);

Bytes encode_task(const SweepTask& task);
SweepTask decode_task(std::span<const std::byte> bytes);

// Every series must have the same number of months. Decoding throws std::runtime_error on bytes of
// another length, format or shape.
Bytes encode_result(const SweepResult& result);
SweepResult decode_result(std::span<const std::byte> bytes);

}  // namespace regiotwin
