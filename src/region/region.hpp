#pragma once
// A care region as the model sees it: plain values, no file handling (that is pack.hpp).
#include <optional>
#include <string>
#include <vector>

#include "care/routing_table.hpp"
#include "core/age_table.hpp"
#include "core/sex.hpp"
#include "region/budget.hpp"

namespace regiotwin {

// A published or estimated count of residents in one age band, for one sex or both.
struct BandCount {
  AgeBand band;
  std::optional<Sex> sex;  // nullopt: both sexes together
  long long count = 0;
  bool estimate = false;  // derived by the pack's author rather than published
  std::string source;
};

// Private households of a municipality on 1 January (CBS 85984NED, Kerncijfers wijken en buurten).
// Households, not persons: synthesis turns them into persons by household type.
struct HouseholdCounts {
  long long households = 0;
  long long one_person = 0;
  long long without_children = 0;  // multi-person households without children (mostly couples)
  long long with_children = 0;     // couples and single parents with children living at home
  int reference_year = 0;
  bool estimate = false;
  std::string source;
};

struct Municipality {
  std::string code;  // CBS code, e.g. GM0193
  std::string name;
  long long population = 0;
  int reference_year = 0;  // year of the 1 January count the population describes
  std::string source;
  std::vector<BandCount> age_bands;           // partition 0..max_age and add up to `population`
  std::optional<HouseholdCounts> households;  // nullopt: the national household structure applies
  // Multiplies the prevalence of social problems relative to the national average (1.0): e.g. the
  // municipality's share of households with a low income divided by the national share.
  double deprivation_index = 1.0;
  MunicipalBudgets budgets;  // the pack's budgets.csv; empty: no published budget, no comparison
};

struct Region {
  std::string id;
  std::string name;
  std::string description;
  std::string zorgkantoorregio;
  std::string insurer;
  std::vector<Municipality> municipalities;
  std::optional<PackRouting> routing;  // the pack's routing.csv; nullopt: the national defaults apply

  [[nodiscard]] long long population() const;
  [[nodiscard]] const Municipality* find(const std::string& code) const;
};

// The region with every count of residents and households multiplied by `fraction` (0 < fraction
// <= 1), rounded so that the counts still add up: a smaller region of the same make-up, for quick
// trial runs and tests (`regiotwin run --sample`). The workforce follows the inhabitants; budgets are
// multiplied by `fraction` too.
Region sampled(const Region& region, double fraction);

}  // namespace regiotwin
