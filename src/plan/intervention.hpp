#pragma once
// One intervention of a regioplan as read from a scenario file (plan/intervention_reader.hpp) and
// checked against its declaration (plan/intervention_types.hpp). Checks that need the region or the
// horizon (municipality codes, dates) run later, with the locations kept here, so every problem
// still names its line and column. Plain data: the engine uses it without the YAML reader.
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "care/care_types.hpp"
#include "core/age_table.hpp"
#include "core/errors.hpp"
#include "core/year_month.hpp"
#include "finance/ledger.hpp"
#include "plan/intervention_types.hpp"

namespace regiotwin {

struct Targets {
  std::vector<std::string> municipalities;  // CBS codes; empty: all of the region
  std::vector<SourceLocation> municipality_locations;
  std::vector<AgeBand> ages;  // empty: all ages
};

struct Intervention {
  InterventionType type = InterventionType::prevention;
  std::string name;
  Party owner = Party::gemeente;
  Payer funder = Payer::transformatiemiddelen;
  std::optional<Payer> funder_after;
  YearMonth start;
  std::optional<YearMonth> end;
  int ramp_months = 0;
  double cost_per_year = 0.0;
  Targets targets;
  SourceLocation where;  // the list item

  // The type's own fields: numbers (defaults filled in) and names (places, professions, ...).
  [[nodiscard]] double number(std::string_view field) const;
  [[nodiscard]] Place place(std::string_view field) const;
  [[nodiscard]] Profession profession(std::string_view field) const;
  [[nodiscard]] QuestionType question(std::string_view field) const;
  [[nodiscard]] const std::string& name_of(std::string_view field) const;
  [[nodiscard]] const SourceLocation& location(std::string_view field) const;

  std::map<std::string, double, std::less<>> numbers;
  std::map<std::string, std::string, std::less<>> names;
  std::map<std::string, SourceLocation, std::less<>> locations;
};

// Checks against the run, throwing ValidationError at the first problem with its location in the
// file: every date within the horizon [from, to]; every municipality code one of the region's.
void check_horizon(std::span<const Intervention> interventions, YearMonth from, YearMonth to);
void check_municipalities(std::span<const Intervention> interventions, std::span<const std::string> codes);

// A sample is a smaller region: the interventions' money and FTE shrink with it, so that a sample's
// business case reads like the whole region's at that scale.
void scale_interventions(std::vector<Intervention>& interventions, double fraction);

std::optional<Payer> payer_named(std::string_view name);
std::optional<Party> party_named(std::string_view name);

}  // namespace regiotwin
