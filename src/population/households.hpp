#pragma once
// Household positions: the joint age × sex × position table of a municipality, fitted by IPF to
// its household counts, and the monthly household transitions (leaving home, forming a couple,
// children leaving, separation). Positions are CBS's: a child at home is apart from the adults
// of the household type it lives in.
#include <array>
#include <optional>
#include <vector>

#include "core/age_table.hpp"
#include "core/parameters.hpp"
#include "core/sex.hpp"
#include "population/person_state.hpp"
#include "population/synthesis.hpp"
#include "region/region.hpp"

namespace regiotwin {

enum class Position : std::uint8_t { child, alone, couple, couple_with_children, single_parent, institution };
inline constexpr std::size_t n_positions = 6;

inline Household household_of(Position p) {
  switch (p) {
    case Position::alone: return Household::alone;
    case Position::couple: return Household::couple;
    case Position::single_parent: return Household::single_parent;
    case Position::institution: return Household::institution;
    default: return Household::couple_with_children;  // a child's type is drawn apart
  }
}

using PositionShares = std::array<double, n_positions>;

struct HouseholdSettings {
  // Seed: share of each position by sex and age (adds up to one for every age).
  std::array<std::array<PositionShares, n_ages>, n_sexes> seed{};
  // Monthly probabilities.
  std::array<double, n_ages> leave_home{};      // a child at home starts living alone
  std::array<double, n_ages> form_couple{};     // a person living alone moves in with a partner
  std::array<double, n_ages> children_leave{};  // the last child leaves a couple or single parent
  double separation = 0.0;                      // a couple under 65 splits
  double single_parent_household_share = 0.0;   // of households with children (national)
  double informal_carer_with_partner = 0.0;
  double informal_carer_without_partner = 0.0;
  double wlz_admission_share = 0.0;
  double wlz_share_in_institution = 0.0;

  // An upper bound of the monthly chance of any household change, by household (a child at home
  // in the last row) and age: a draw above it means no change, the common case.
  std::array<std::array<double, n_ages>, n_households + 1> change_bound{};
  [[nodiscard]] double any_change_bound(Household household, bool child, int age) const {
    return change_bound[child ? n_households : static_cast<std::size_t>(household)][static_cast<std::size_t>(age)];
  }

  static HouseholdSettings from(const ParameterSet& params);
};

// Persons per sex, age and position: rows sex × age (men first), columns Position.
struct PositionCounts {
  std::vector<long long> counts;  // [(sex * n_ages + age) * n_positions + position]
  [[nodiscard]] long long at(Sex sex, int age, Position p) const {
    return counts[(static_cast<std::size_t>(sex) * n_ages + static_cast<std::size_t>(age)) * n_positions +
                  static_cast<std::size_t>(p)];
  }
  [[nodiscard]] long long total(Position p) const;
};

// Persons in each position implied by a municipality's household counts (one-person households
// are persons alone, households without children are couples, households with children split
// into couples and single parents by the national share); children at home take the rest after
// the institutional population of the seed. Throws ValidationError naming the municipality when
// the households need more adults than it has residents.
std::array<long long, n_positions> position_targets(const Municipality& municipality, const AgeSexCounts& residents,
                                                    const HouseholdSettings& settings);

// The fitted and integerised table: every age × sex count exact, and, with household counts,
// every position total exact; without them the national seed shares apply.
PositionCounts fit_positions(const Municipality& municipality, const AgeSexCounts& residents,
                             const HouseholdSettings& settings);

}  // namespace regiotwin
