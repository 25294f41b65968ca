#pragma once
// The monthly person pass needs four uniforms per person. Computing them one person at a time
// costs as much as the rest of the pass; computing them for a run of consecutive slots at once
// uses the processor's vector instructions. The draws are exactly CounterRng's: lane k of slot s is
// uniforms(s, month, stream)[k].
#include <array>
#include <cstdint>

#include "core/rng.hpp"

namespace regiotwin {

class PersonDraws {
 public:
  static constexpr std::uint32_t batch = 64;  // slots per fill
  static constexpr std::size_t lanes = 4;

  // Draws for slots first .. first + batch - 1 (slots past a block's end are drawn and unused),
  // with the widest vector instructions this processor has.
  void fill(const CounterRng& rng, std::uint32_t first, std::uint32_t month, Stream stream);

  // The same with a given instruction set, for tests and benchmarks; only where supported().
  enum class Path : std::uint8_t { scalar, avx512 };
  [[nodiscard]] static bool supported(Path path);
  void fill(const CounterRng& rng, std::uint32_t first, std::uint32_t month, Stream stream, Path path);

  // Uniform in [0, 1) of lane `lane` for slot first + i.
  [[nodiscard]] double operator()(std::uint32_t i, std::size_t lane) const {
    return static_cast<double>(bits_[lane][i]) * 0x1p-32;
  }

 private:
  alignas(64) std::array<std::array<std::uint32_t, batch>, lanes> bits_{};
};

}  // namespace regiotwin
