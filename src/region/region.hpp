#pragma once
// A care region as the model sees it: plain values, no file handling (that is pack.hpp).
#include <optional>
#include <string>
#include <vector>

#include "core/age_table.hpp"
#include "core/sex.hpp"

namespace regiotwin {

// A published or estimated count of residents in one age band, for one sex or both.
struct BandCount {
  AgeBand band;
  std::optional<Sex> sex;  // nullopt: both sexes together
  long long count = 0;
  bool estimate = false;  // derived by the pack's author rather than published
  std::string source;
};

struct Municipality {
  std::string code;  // CBS code, e.g. GM0193
  std::string name;
  long long population = 0;
  int reference_year = 0;  // year of the 1 January count the population describes
  std::string source;
  std::vector<BandCount> age_bands;  // partition 0..max_age and add up to `population`
};

struct Region {
  std::string id;
  std::string name;
  std::string description;
  std::string zorgkantoorregio;
  std::string insurer;
  std::vector<Municipality> municipalities;

  [[nodiscard]] long long population() const;
  [[nodiscard]] const Municipality* find(const std::string& code) const;
};

}  // namespace regiotwin
