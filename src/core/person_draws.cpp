#include "core/person_draws.hpp"

#include <immintrin.h>

namespace regiotwin {
namespace {

// Philox4x32-10 (Salmon et al. 2011, as in Random123) for many counters at once: each 64-bit
// vector lane holds one counter word in its low half, which is exactly what the vector unit's
// 32 x 32 -> 64-bit multiply (vpmuludq) reads; the high halves carry junk that never reaches a
// low half. The compiler does not find this on its own, hence intrinsics. Processors without
// AVX-512 use Random123's own code, about half as fast (bench: BM_PersonDraws). The rng test
// checks every path against r123::Philox4x32.
constexpr std::uint32_t m0 = 0xD2511F53U;
constexpr std::uint32_t m1 = 0xCD9E8D57U;
constexpr std::uint32_t w0 = 0x9E3779B9U;
constexpr std::uint32_t w1 = 0xBB67AE85U;
constexpr int rounds = 10;

using Words = std::array<std::array<std::uint32_t, PersonDraws::batch>, PersonDraws::lanes>;

struct Counter {
  std::uint32_t first = 0;  // word 0 of the first counter; the others count up from it
  std::uint32_t month = 0;
  std::uint32_t stream = 0;
  std::array<std::uint32_t, 2> key{};
};

// GCC 12 warns about an uninitialised variable inside its own AVX-512 headers (GCC bug 105593,
// fixed in GCC 13).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
__attribute__((target("avx512f"))) void philox_avx512(const Counter& ctr, Words& out) {
  constexpr int width = 8;
  const __m512i mul0 = _mm512_set1_epi64(m0);
  const __m512i mul1 = _mm512_set1_epi64(m1);
  const __m512i step = _mm512_set_epi64(7, 6, 5, 4, 3, 2, 1, 0);
  for (std::uint32_t i = 0; i < PersonDraws::batch; i += width) {
    __m512i c0 = _mm512_add_epi64(_mm512_set1_epi64(std::int64_t{ctr.first} + i), step);
    __m512i c1 = _mm512_set1_epi64(ctr.month);
    __m512i c2 = _mm512_set1_epi64(ctr.stream);
    __m512i c3 = _mm512_setzero_si512();
    std::uint32_t k0 = ctr.key[0];
    std::uint32_t k1 = ctr.key[1];
    for (int r = 0; r < rounds; ++r, k0 += w0, k1 += w1) {
      const __m512i p0 = _mm512_mul_epu32(c0, mul0);
      const __m512i p1 = _mm512_mul_epu32(c2, mul1);
      c0 = _mm512_ternarylogic_epi64(_mm512_srli_epi64(p1, 32), c1, _mm512_set1_epi64(k0), 0x96);  // a ^ b ^ c
      c1 = p1;
      c2 = _mm512_ternarylogic_epi64(_mm512_srli_epi64(p0, 32), c3, _mm512_set1_epi64(k1), 0x96);
      c3 = p0;
    }
    // The low halves of the lanes are the counter words.
    _mm512_mask_cvtepi64_storeu_epi32(&out[0][i], 0xFF, c0);
    _mm512_mask_cvtepi64_storeu_epi32(&out[1][i], 0xFF, c1);
    _mm512_mask_cvtepi64_storeu_epi32(&out[2][i], 0xFF, c2);
    _mm512_mask_cvtepi64_storeu_epi32(&out[3][i], 0xFF, c3);
  }
}
#pragma GCC diagnostic pop

void philox_scalar(const Counter& ctr, Words& out) {
  const r123::Philox4x32::key_type key{{ctr.key[0], ctr.key[1]}};
  for (std::uint32_t i = 0; i < PersonDraws::batch; ++i) {
    const r123::Philox4x32::ctr_type bits = r123::Philox4x32{}({{ctr.first + i, ctr.month, ctr.stream, 0}}, key);
    for (std::size_t w = 0; w < 4; ++w) out[w][i] = bits[w];
  }
}

using Kernel = void (*)(const Counter&, Words&);

Kernel kernel_of(PersonDraws::Path path) {
  switch (path) {
    case PersonDraws::Path::avx512: return philox_avx512;
    case PersonDraws::Path::scalar: break;
  }
  return philox_scalar;
}

// Chosen once, by what this processor has: one binary runs everywhere.
const Kernel best_kernel = kernel_of(PersonDraws::supported(PersonDraws::Path::avx512) ? PersonDraws::Path::avx512
                                                                                       : PersonDraws::Path::scalar);

}  // namespace

bool PersonDraws::supported(Path path) {
  switch (path) {
    case Path::avx512: return __builtin_cpu_supports("avx512f");
    case Path::scalar: break;
  }
  return true;
}

void PersonDraws::fill(const CounterRng& rng, std::uint32_t first, std::uint32_t month, Stream stream) {
  best_kernel({first, month, static_cast<std::uint32_t>(stream), rng.key()}, bits_);
}

void PersonDraws::fill(const CounterRng& rng, std::uint32_t first, std::uint32_t month, Stream stream, Path path) {
  kernel_of(path)({first, month, static_cast<std::uint32_t>(stream), rng.key()}, bits_);
}

}  // namespace regiotwin
