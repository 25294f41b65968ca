#pragma once
// The tables of routing and triage (model.md §4, docs/routing.md) as plain values: where each
// question type's questions enter, which places are right for them, and what a wrong place does with
// them. Header-only, because a region pack may give its own entry rows (routing.csv) and the region
// module, which holds them, does not link the care module. The monthly flow is care/routing.hpp.
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "care/care_types.hpp"

namespace regiotwin {

class ParameterSet;

using PlaceShares = std::array<double, n_places>;

// Shares of a row must add up to 1 within this (a CSV written with six decimals still passes).
inline constexpr double share_sum_tolerance = 1e-6;
// Triage probabilities may add up to more than 1 by this much, from rounding in a user's numbers.
inline constexpr double probability_slack = 1e-12;

inline bool adds_up_to_one(double sum) { return std::abs(sum - 1.0) <= share_sum_tolerance; }

constexpr std::size_t type_index(QuestionType type) { return static_cast<std::size_t>(type); }
constexpr std::size_t place_index(Place place) { return static_cast<std::size_t>(place); }

inline std::optional<QuestionType> question_type_named(std::string_view name) {
  const auto* it = std::find(question_type_names.begin(), question_type_names.end(), name);
  if (it == question_type_names.end()) return std::nullopt;
  return static_cast<QuestionType>(it - question_type_names.begin());
}

inline std::optional<Place> place_named(std::string_view name) {
  const auto* it = std::find(place_names.begin(), place_names.end(), name);
  if (it == place_names.end()) return std::nullopt;
  return static_cast<Place>(it - place_names.begin());
}

inline double row_sum(const PlaceShares& row) {
  double sum = 0.0;
  for (const double share : row) sum += share;
  return sum;
}

struct RoutingTable {
  // entry[type][place]: share of the type's questions that enter at the place; each row sums to 1.
  std::array<PlaceShares, n_question_types> entry{};

  [[nodiscard]] double share(QuestionType type, Place place) const {
    return entry[type_index(type)][place_index(place)];
  }
};

// For each question type, its right places (model.md §3) and how its referred questions divide
// among them.
struct RightPlaces {
  std::array<std::array<bool, n_places>, n_question_types> is_right{};
  // referral[type][place]: share of the type's referred questions that go to the place; zero where
  // the place is not right; each row sums to 1.
  std::array<PlaceShares, n_question_types> referral{};

  [[nodiscard]] bool right(QuestionType type, Place place) const {
    return is_right[type_index(type)][place_index(place)];
  }
};

// What becomes of a question at a place that is not right for it.
struct TriageOutcome {
  double refer = 0.0;   // referred on to a right place
  double handle = 0.0;  // handled there anyway, at extra effort
  // The rest is left unresolved and comes back as a question next month.
  [[nodiscard]] double unresolved() const { return 1.0 - refer - handle; }
};

struct Triage {
  // at[type][place]: triage of a question of the type at the place; read only where the place is not
  // right for the type.
  std::array<std::array<TriageOutcome, n_places>, n_question_types> at{};
  // Contacts the triage takes at the place, for questions referred on or left (1 = an ordinary contact).
  PlaceShares short_contact_size{};
  // Effort (time and cost) of a question handled at the place though not right for it, as a multiple
  // of its effort at a right place.
  PlaceShares wrong_place_effort{};

  [[nodiscard]] const TriageOutcome& outcome(QuestionType type, Place place) const {
    return at[type_index(type)][place_index(place)];
  }
};

// One row of a region pack's routing.csv, with its source and line for reports and messages.
struct RoutingRow {
  QuestionType type = QuestionType::medical;
  Place place = Place::gp;
  double share = 0.0;
  std::string source;
  long line = 0;
};

// The entry shares a region pack gives: validated rows for the question types it lists. The types
// it does not list keep the national defaults, taken from the parameters in force for the run, so
// a scenario's overrides still reach them.
struct PackRouting {
  std::string file;
  std::vector<RoutingRow> rows;

  [[nodiscard]] bool lists(QuestionType type) const {
    return std::any_of(rows.begin(), rows.end(), [&](const RoutingRow& r) { return r.type == type; });
  }
};

// `defaults` with the pack's rows in place of the rows of every type the pack lists.
inline RoutingTable with_pack_rows(RoutingTable defaults, const PackRouting& pack) {
  for (std::size_t t = 0; t < n_question_types; ++t) {
    if (pack.lists(static_cast<QuestionType>(t))) defaults.entry[t].fill(0.0);
  }
  for (const RoutingRow& row : pack.rows) defaults.entry[type_index(row.type)][place_index(row.place)] = row.share;
  return defaults;
}

// Names of the registry parameters of the routing group (core/parameter_table_routing.cpp), built
// in one place so that the declarations and the code that reads them cannot drift apart.
namespace routing_parameter {

inline std::string entry(QuestionType type, Place place) {
  return std::string("routing_entry_")
      .append(question_type_names[type_index(type)])
      .append("_at_")
      .append(place_names[place_index(place)]);
}

inline std::string referred(QuestionType type, Place place) {
  return std::string("routing_referred_")
      .append(question_type_names[type_index(type)])
      .append("_to_")
      .append(place_names[place_index(place)]);
}

// Triage at a place for every question type it is not right for, or, with `type`, for that type only.
inline std::string triage(std::string_view outcome, Place place, std::optional<QuestionType> type = std::nullopt) {
  std::string name = std::string("routing_triage_").append(outcome).append("_");
  if (type) name.append(question_type_names[type_index(*type)]).append("_");
  return name.append("at_").append(place_names[place_index(place)]);
}
inline std::string refer(Place place, std::optional<QuestionType> type = std::nullopt) {
  return triage("refer", place, type);
}
inline std::string handle(Place place, std::optional<QuestionType> type = std::nullopt) {
  return triage("handle", place, type);
}

inline constexpr const char* short_contact_size = "routing_short_contact_size";
inline constexpr const char* wrong_place_effort = "routing_wrong_place_effort";

}  // namespace routing_parameter

// The registry's defaults (the "routing" parameter group) with any overrides in `params`. Defined
// beside their declarations in core/parameter_table_routing.cpp, so that both the care engine and the
// pack loader can use them. Each throws ValidationError naming the parameters when overrides break a
// rule: a row that does not add up to 1, or triage probabilities adding up to more than 1.
RoutingTable default_routing_table(const ParameterSet& params);
RightPlaces default_right_places(const ParameterSet& params);
Triage default_triage(const ParameterSet& params);

}  // namespace regiotwin
