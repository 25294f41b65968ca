#pragma once
#include <cstdint>

namespace regiotwin {

enum class Sex : std::uint8_t { men = 0, women = 1 };
inline constexpr int n_sexes = 2;

}  // namespace regiotwin
