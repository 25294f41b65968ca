// The bytes of the sweep's messages: a replication travels bit for bit, and bytes that are not a
// replication of this format are refused.
#include "sweep/wire.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>

namespace regiotwin {
namespace {

bool same_bits(const std::vector<double>& a, const std::vector<double>& b) {
  return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

SweepResult example() {
  SweepResult r;
  r.group = 3;
  r.replication.replication = 17;
  // Values whose bits a text format could lose: -0, a NaN, the smallest subnormal, 0.1.
  r.replication.baseline = {{0.1, -0.0, 1e300}, {std::numeric_limits<double>::quiet_NaN(), 2.0, 3.0}};
  r.replication.plan = {{0.2, std::numeric_limits<double>::denorm_min(), -1.0}, {4.0, 5.0, 6.0}};
  r.replication.baseline_right_place = {10.0};
  r.replication.plan_right_place = {11.5};
  return r;
}

TEST(Wire, ReplicationResultRoundTripsBitForBit) {
  const SweepResult sent = example();
  const Bytes bytes = encode_result(sent);
  EXPECT_EQ(bytes.size(), 32 + 8 * (2 * 2 * 3 + 2));
  const SweepResult got = decode_result(bytes);
  EXPECT_EQ(got.group, 3);
  EXPECT_EQ(got.replication.replication, 17);
  ASSERT_EQ(got.replication.baseline.size(), 2U);
  ASSERT_EQ(got.replication.plan.size(), 2U);
  for (std::size_t s = 0; s < 2; ++s) {
    EXPECT_TRUE(same_bits(got.replication.baseline[s], sent.replication.baseline[s])) << s;
    EXPECT_TRUE(same_bits(got.replication.plan[s], sent.replication.plan[s])) << s;
  }
  EXPECT_TRUE(same_bits(got.replication.baseline_right_place, sent.replication.baseline_right_place));
  EXPECT_TRUE(same_bits(got.replication.plan_right_place, sent.replication.plan_right_place));
  EXPECT_TRUE(std::signbit(got.replication.baseline[0][1]));
}

TEST(Wire, RefusesBytesOfAnotherLengthOrFormat) {
  const Bytes bytes = encode_result(example());
  Bytes shorter(bytes.begin(), bytes.end() - 8);
  EXPECT_THROW((void)decode_result(shorter), std::runtime_error);
  Bytes longer = bytes;
  longer.push_back(std::byte{0});
  EXPECT_THROW((void)decode_result(longer), std::runtime_error);
  Bytes other = bytes;
  other[0] = std::byte{0};  // the magic number
  EXPECT_THROW((void)decode_result(other), std::runtime_error);
  Bytes huge = bytes;
  huge[16] = std::byte{0xff};  // a series count the bytes cannot hold: refused before allocating
  huge[17] = std::byte{0xff};
  EXPECT_THROW((void)decode_result(huge), std::runtime_error);
  EXPECT_THROW((void)decode_result({}), std::runtime_error);
}

TEST(Wire, RefusesToEncodeRaggedSeries) {
  SweepResult r = example();
  r.replication.plan[1].pop_back();
  EXPECT_THROW((void)encode_result(r), std::invalid_argument);
  r = example();
  r.replication.plan.pop_back();
  EXPECT_THROW((void)encode_result(r), std::invalid_argument);
}

TEST(Wire, TasksAndFingerprintsRoundTrip) {
  const SweepTask task{12, 345};
  EXPECT_EQ(decode_task(encode_task(task)), task);
  EXPECT_EQ(decode_fingerprint(encode_fingerprint(0xfedcba9876543210ULL)), 0xfedcba9876543210ULL);
  EXPECT_THROW((void)decode_task(Bytes(4)), std::runtime_error);
  EXPECT_THROW((void)decode_fingerprint(Bytes(9)), std::runtime_error);
}

}  // namespace
}  // namespace regiotwin
