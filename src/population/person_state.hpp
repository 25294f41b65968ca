#pragma once
// What the model knows of a person beyond age and sex: the household they live in and their
// health and social states (model.md §2). States are packed into 16 bits so that a person stays
// a few bytes and the monthly pass streams through memory.
#include <array>
#include <cstdint>
#include <string_view>

namespace regiotwin {

// Household type as CBS counts persons: a child living at home belongs to the household type of
// their parent(s) and carries the `child` flag in StateSet.
enum class Household : std::uint8_t { alone, couple, couple_with_children, single_parent, institution };
inline constexpr std::size_t n_households = 5;
inline constexpr std::array<std::string_view, n_households> household_names = {
    "alone", "couple", "couple_with_children", "single_parent", "institution"};

// The health and social states. Binary states are one bit; chronic conditions (0, 1, 2+), mental
// health (none, mild, severe) and Wmo support (none, other support, household help) are ordered
// levels of two bits.
enum class State : std::uint8_t {
  chronic,         // level 0, 1, 2 = two or more conditions
  mental,          // level 0 none, 1 mild, 2 severe
  wmo,             // level 0 none, 1 Wmo support without household help, 2 with household help
  frailty,         // binary from here
  lonely,          // serious loneliness
  financial,       // financial problems (debts, hard to make ends meet)
  youth_care,      // youth care need (Jeugdwet)
  wlz,             // Wlz indication
  bijstand,        // social assistance (Participatiewet)
  informal_carer,  // an informal carer (mantelzorger) is available
};
inline constexpr std::size_t n_states = 10;
inline constexpr std::array<std::string_view, n_states> state_names = {
    "chronic", "mental", "wmo", "frailty", "lonely", "financial", "youth_care", "wlz", "bijstand", "informal_carer"};
inline constexpr bool is_levelled(State s) { return s == State::chronic || s == State::mental || s == State::wmo; }

class StateSet {
 public:
  [[nodiscard]] constexpr int level(State s) const { return (bits_ >> shift(s)) & mask(s); }
  [[nodiscard]] constexpr bool has(State s) const { return level(s) != 0; }
  constexpr void set(State s, int level) {
    bits_ = static_cast<std::uint16_t>((bits_ & ~(mask(s) << shift(s))) | ((level & mask(s)) << shift(s)));
  }
  [[nodiscard]] constexpr bool child() const { return (bits_ & child_bit) != 0; }
  constexpr void set_child(bool child) {
    bits_ = static_cast<std::uint16_t>(child ? (bits_ | child_bit) : (bits_ & ~child_bit));
  }
  [[nodiscard]] constexpr std::uint16_t bits() const { return bits_; }
  // The bits of a state (both bits of a levelled one), for masks.
  [[nodiscard]] static constexpr std::uint16_t bits_of(State s) {
    return static_cast<std::uint16_t>(mask(s) << shift(s));
  }
  constexpr void keep_only(std::uint16_t allowed) { bits_ = static_cast<std::uint16_t>(bits_ & (allowed | child_bit)); }

 private:
  // chronic bits 0-1, mental 2-3, wmo 4-5, the binary states 6-12, the child flag 13.
  static constexpr int shift(State s) {
    const auto i = static_cast<int>(s);
    return i < 3 ? 2 * i : i + 3;
  }
  static constexpr int mask(State s) { return is_levelled(s) ? 3 : 1; }
  static constexpr std::uint16_t child_bit = 1U << 13U;
  std::uint16_t bits_ = 0;
};
static_assert(sizeof(StateSet) == 2);

inline constexpr std::uint32_t no_partner = 0xFFFFFFFFU;

}  // namespace regiotwin
