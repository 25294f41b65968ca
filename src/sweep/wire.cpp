#include "sweep/wire.hpp"

#include <fmt/format.h>
#include <cstring>
#include <stdexcept>

namespace regiotwin {
namespace {

constexpr std::uint32_t result_magic = 0x52545357;  // "RTSW"
constexpr std::uint32_t result_format = 1;

struct ResultHeader {
  std::uint32_t magic = result_magic;
  std::uint32_t format = result_format;
  std::int32_t group = 0;
  std::int32_t replication = 0;
  std::uint32_t series = 0;  // per arm
  std::uint32_t months = 0;
  std::uint32_t years = 0;  // right-place counts per arm
  std::uint32_t unused = 0;
};
static_assert(sizeof(ResultHeader) == 32);

// Appends and reads plain values, checking every read against the end of the bytes.
class Writer {
 public:
  explicit Writer(std::size_t size) { bytes_.reserve(size); }
  template <typename T>
  void put(const T& value) {
    put_raw(&value, sizeof value);
  }
  void put(const std::vector<double>& values) { put_raw(values.data(), values.size() * sizeof(double)); }
  Bytes take() { return std::move(bytes_); }

 private:
  void put_raw(const void* data, std::size_t size) {
    const std::size_t at = bytes_.size();
    bytes_.resize(at + size);
    if (size > 0) std::memcpy(&bytes_[at], data, size);
  }
  Bytes bytes_;
};

class Reader {
 public:
  explicit Reader(std::span<const std::byte> bytes) : bytes_(bytes) {}
  template <typename T>
  T get() {
    T value{};
    get_raw(&value, sizeof value);
    return value;
  }
  std::vector<double> get_doubles(std::size_t n) {
    std::vector<double> values(n);
    get_raw(values.data(), n * sizeof(double));
    return values;
  }
  void expect_end() const {
    if (at_ != bytes_.size())
      throw std::runtime_error(fmt::format("sweep message: {} bytes too many", bytes_.size() - at_));
  }

 private:
  void get_raw(void* data, std::size_t size) {
    if (size > bytes_.size() - at_) {
      throw std::runtime_error(fmt::format("sweep message: {} bytes, expected at least {}", bytes_.size(), at_ + size));
    }
    if (size > 0) std::memcpy(data, &bytes_[at_], size);
    at_ += size;
  }
  std::span<const std::byte> bytes_;
  std::size_t at_ = 0;
};

}  // namespace

Bytes encode_fingerprint(std::uint64_t fingerprint) {
  Writer out(sizeof fingerprint);
  out.put(fingerprint);
  return out.take();
}

std::uint64_t decode_fingerprint(std::span<const std::byte> bytes) {
  Reader in(bytes);
  const auto fingerprint = in.get<std::uint64_t>();
  in.expect_end();
  return fingerprint;
}

Bytes encode_task(const SweepTask& task) {
  Writer out(2 * sizeof(std::int32_t));
  out.put(static_cast<std::int32_t>(task.group));
  out.put(static_cast<std::int32_t>(task.replication));
  return out.take();
}

SweepTask decode_task(std::span<const std::byte> bytes) {
  Reader in(bytes);
  SweepTask task;
  task.group = in.get<std::int32_t>();
  task.replication = in.get<std::int32_t>();
  in.expect_end();
  return task;
}

Bytes encode_result(const SweepResult& result) {
  const ReplicationResult& r = result.replication;
  ResultHeader header;
  header.group = result.group;
  header.replication = r.replication;
  header.series = static_cast<std::uint32_t>(r.baseline.size());
  header.months = r.baseline.empty() ? 0 : static_cast<std::uint32_t>(r.baseline.front().size());
  header.years = static_cast<std::uint32_t>(r.baseline_right_place.size());
  const auto check_shape = [&](const RunSeries& arm) {
    if (arm.size() != header.series) throw std::invalid_argument("the arms of a replication differ in series");
    for (const auto& s : arm) {
      if (s.size() != header.months) throw std::invalid_argument("the series of a replication differ in months");
    }
  };
  check_shape(r.baseline);
  check_shape(r.plan);
  if (r.plan_right_place.size() != header.years)
    throw std::invalid_argument("the arms of a replication differ in years");

  const std::size_t doubles = 2 * (std::size_t{header.series} * header.months + header.years);
  Writer out(sizeof header + doubles * sizeof(double));
  out.put(header);
  for (const RunSeries* arm : {&r.baseline, &r.plan}) {
    for (const auto& s : *arm) out.put(s);
  }
  out.put(r.baseline_right_place);
  out.put(r.plan_right_place);
  return out.take();
}

SweepResult decode_result(std::span<const std::byte> bytes) {
  Reader in(bytes);
  const auto header = in.get<ResultHeader>();
  if (header.magic != result_magic || header.format != result_format) {
    throw std::runtime_error(
        fmt::format("sweep message: not a replication result of format {} (magic {:#x}, format {})", result_format,
                    header.magic, header.format));
  }
  // Checked before anything is allocated from the header's counts.
  const std::uint64_t doubles = 2 * (std::uint64_t{header.series} * header.months + header.years);
  if (bytes.size() != sizeof header + doubles * sizeof(double)) {
    throw std::runtime_error(fmt::format("sweep message: {} bytes for {} series of {} months and {} years",
                                         bytes.size(), header.series, header.months, header.years));
  }
  SweepResult result;
  result.group = header.group;
  ReplicationResult& r = result.replication;
  r.replication = header.replication;
  for (RunSeries* arm : {&r.baseline, &r.plan}) {
    arm->reserve(header.series);
    for (std::uint32_t s = 0; s < header.series; ++s) arm->push_back(in.get_doubles(header.months));
  }
  r.baseline_right_place = in.get_doubles(header.years);
  r.plan_right_place = in.get_doubles(header.years);
  in.expect_end();
  return result;
}

}  // namespace regiotwin
