#pragma once
// Counter-based randomness: every draw is a pure function of (seed, person, month, stream), so
// results do not depend on thread count or processing order, and a scenario shares every draw
// with its baseline except where its interventions act (common random numbers).
// philox.h first: it defines the macros MicroURNG.hpp uses.
#include <Random123/philox.h>
// clang-format off
#include <Random123/MicroURNG.hpp>
// clang-format on

#include <array>
#include <cstdint>

namespace regiotwin {

// One stream per model process; appending new streams never changes the draws of existing ones.
enum class Stream : std::uint32_t {
  synthesis_age = 1,
  person_month = 2,     // keyed by slot: the person pass's four lanes (PersonDraws; sim/simulation.cpp)
  newborn = 3,          // keyed by the mother's slot: the child's sex
  immigration = 4,      // keyed by municipality; sub 0..: number of immigrants per age band
  immigrant = 5,        // keyed by municipality; sub k: age and sex of the k-th immigrant of the month
  synthesis_state = 6,  // keyed by slot; sub 0..2: initial states (one lane each), child's household type
  person_change = 7,    // keyed by slot: lane 3, whether an informal carer is at hand after a change
  questions = 8,        // keyed by municipality; sub: question type (an engine for a Poisson count)
};

class CounterRng {
 public:
  explicit CounterRng(std::uint64_t seed)
      : key_{{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32U)}} {}

  // Four independent uniforms in [0, 1) for this (person, month, stream); `sub` numbers several
  // draws of one key, e.g. the k-th immigrant of a municipality in a month.
  [[nodiscard]] std::array<double, 4> uniforms(std::uint32_t person, std::uint32_t month, Stream stream,
                                               std::uint32_t sub = 0) const {
    using Philox = r123::Philox4x32;
    const Philox::ctr_type counter{{person, month, static_cast<std::uint32_t>(stream), sub}};
    const Philox::ctr_type bits = Philox{}(counter, key_);
    return {to_unit(bits[0]), to_unit(bits[1]), to_unit(bits[2]), to_unit(bits[3])};
  }

  // A standard uniform random bit generator for one (id, month, stream, sub), for the standard
  // library's distributions (e.g. a Poisson count); it yields the same numbers wherever it runs.
  using Engine = r123::MicroURNG<r123::Philox4x64>;
  [[nodiscard]] Engine engine(std::uint32_t id, std::uint32_t month, Stream stream, std::uint32_t sub = 0) const {
    const Engine::ctr_type counter{{(std::uint64_t{month} << 32U) | id, static_cast<std::uint64_t>(stream), sub, 0}};
    const Engine::key_type key{{(std::uint64_t{key_[1]} << 32U) | key_[0], 0}};
    return {counter, key};
  }

  [[nodiscard]] std::array<std::uint32_t, 2> key() const { return {key_[0], key_[1]}; }

  [[nodiscard]] double uniform(std::uint32_t person, std::uint32_t month, Stream stream, std::uint32_t sub = 0) const {
    return uniforms(person, month, stream, sub)[0];
  }

 private:
  static constexpr double to_unit(std::uint32_t bits) { return static_cast<double>(bits) * 0x1p-32; }
  r123::Philox4x32::key_type key_;
};

}  // namespace regiotwin
