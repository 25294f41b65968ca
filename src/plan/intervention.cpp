#include "plan/intervention.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <vector>

#include "care/routing_table.hpp"

namespace regiotwin {

std::optional<Payer> payer_named(std::string_view name) {
  for (std::size_t p = 0; p < n_payers; ++p) {
    if (payer_name(static_cast<Payer>(p)) == name) return static_cast<Payer>(p);
  }
  return std::nullopt;
}

std::optional<Party> party_named(std::string_view name) {
  const auto* it = std::find(party_names.begin(), party_names.end(), name);
  if (it == party_names.end()) return std::nullopt;
  return static_cast<Party>(it - party_names.begin());
}

double Intervention::number(std::string_view field) const {
  const auto it = numbers.find(field);
  if (it == numbers.end()) throw std::logic_error(fmt::format("intervention field '{}' was not read", field));
  return it->second;
}

const std::string& Intervention::name_of(std::string_view field) const {
  const auto it = names.find(field);
  if (it == names.end()) throw std::logic_error(fmt::format("intervention field '{}' was not read", field));
  return it->second;
}

const SourceLocation& Intervention::location(std::string_view field) const {
  const auto it = locations.find(field);
  return it == locations.end() ? where : it->second;
}

Place Intervention::place(std::string_view field) const { return *place_named(name_of(field)); }
QuestionType Intervention::question(std::string_view field) const { return *question_type_named(name_of(field)); }
Profession Intervention::profession(std::string_view field) const {
  const std::string& text = name_of(field);
  const auto* it = std::find(profession_names.begin(), profession_names.end(), text);
  return static_cast<Profession>(it - profession_names.begin());
}

void scale_interventions(std::vector<Intervention>& interventions, double fraction) {
  for (Intervention& i : interventions) {
    i.cost_per_year *= fraction;
    if (const auto fte = i.numbers.find("extra_fte"); fte != i.numbers.end()) fte->second *= fraction;
  }
}

void check_horizon(std::span<const Intervention> interventions, YearMonth from, YearMonth to) {
  for (const Intervention& i : interventions) {
    if (i.start < from || i.start > to) {
      throw ValidationError(i.location("start"),
                            fmt::format("{} is outside the horizon {} to {}", i.start.str(), from.str(), to.str()));
    }
    if (i.end && *i.end > to) {
      throw ValidationError(i.location("end"),
                            fmt::format("{} is after the horizon's last month {}", i.end->str(), to.str()));
    }
  }
}

void check_municipalities(std::span<const Intervention> interventions, std::span<const std::string> codes) {
  for (const Intervention& i : interventions) {
    for (std::size_t m = 0; m < i.targets.municipalities.size(); ++m) {
      const std::string& code = i.targets.municipalities[m];
      if (std::find(codes.begin(), codes.end(), code) == codes.end()) {
        throw ValidationError(
            i.targets.municipality_locations[m],
            fmt::format("unknown municipality '{}'; the region has: {}", code, fmt::join(codes, ", ")));
      }
    }
  }
}

}  // namespace regiotwin
