#pragma once
// Routing and triage of help questions, "juiste zorg op de juiste plek" (model.md §4,
// docs/routing.md). Each month a type's questions enter at places by the routing table. At a place
// that is right for the type they are handled there. At any other place each is triaged: referred on
// to a right place, handled there anyway at extra effort, or left unresolved to come back next month;
// the referred and the unresolved take a short contact there first. route() gives the expected
// counts of every path, so that places know their load and a report can draw entry -> final place.
#include <array>
#include <optional>
#include <span>
#include <string>

#include "care/care_types.hpp"
#include "care/questions.hpp"
#include "care/routing_table.hpp"
#include "core/parameters.hpp"

namespace regiotwin {

// Everything route() needs: the registry's defaults in force for a run, with a region pack's rows.
struct RoutingSetup {
  RoutingTable table;
  RightPlaces right;
  Triage triage;

  // Throws ValidationError naming the parameters when overrides break a rule.
  static RoutingSetup from(const ParameterSet& params, const std::optional<PackRouting>& pack = std::nullopt);
};

// Throws ValidationError naming the first type, place and rule that is broken: entry and referral
// rows are shares adding up to 1, every type has a right place and refers only to right places, and
// triage probabilities add up to at most 1. For tables changed after loading (interventions).
void check_routing(const RoutingTable& table, const RightPlaces& right, const Triage& triage);

// The tables as Markdown: the generated part of docs/routing.md, which a test keeps up to date.
std::string routing_tables_markdown(const RoutingSetup& setup);

// The outcomes of a question: a place (index of Place) or, last, unresolved.
inline constexpr std::size_t n_outcomes = n_places + 1;
inline constexpr std::size_t unresolved_outcome = n_places;

// One question type's month. Questions = handled at right entry + referred + handled at wrong place
// + unresolved.
struct TypeRouting {
  double questions = 0.0;
  double handled_at_right_entry = 0.0;
  double referred = 0.0;
  double handled_at_wrong_place = 0.0;
  double unresolved = 0.0;
  // flow[entry][outcome]: questions that entered at `entry` and ended at place `outcome`, or were
  // left unresolved (unresolved_outcome): the links of a Sankey diagram. Row `entry` adds up to the
  // questions that entered there.
  std::array<std::array<double, n_outcomes>, n_places> flow{};
};

// What one place must serve in the month.
struct PlaceLoad {
  QuestionCounts at_right_place{};  // full questions by type for which the place is right (entered or referred)
  QuestionCounts at_wrong_place{};  // full questions by type handled though the place is not right
  double short_contacts = 0.0;      // triage contacts for questions referred on from here or left here
  // The short contacts in ordinary contacts of the place, and the wrong-place questions weighted by
  // their extra effort, are the caller's: short_contacts × short_contact_size, at_wrong_place ×
  // wrong_place_effort.
  [[nodiscard]] double full_questions() const;
};

struct RoutedMonth {
  std::array<TypeRouting, n_question_types> types{};
  std::array<PlaceLoad, n_places> places{};

  // Adds another month's routing of other questions (every path count adds).
  void add(const RoutedMonth& other);

  [[nodiscard]] const TypeRouting& of(QuestionType type) const { return types[type_index(type)]; }
  [[nodiscard]] const PlaceLoad& at(Place place) const { return places[place_index(place)]; }
  // Unresolved questions by type, to come back next month (a need for ongoing care left unresolved
  // is asked for again too: its state still holds, but it entered care only by this question).
  [[nodiscard]] QuestionCounts unresolved() const;
};

// A regioplan's referral lever (welzijn op recept): at entry place `from`, questions of `type`
// that are not at their right place are referred to `to` with `extra` more probability, taken from
// handling them there and leaving them unresolved in proportion. `to` must be right for the type.
struct ReferralBoost {
  QuestionType type = QuestionType::social;
  Place from = Place::gp;
  Place to = Place::welzijn;
  double extra = 0.0;
};

// Expected counts of a month's questions by path. Pure and allocation-free; the inputs are assumed
// to pass check_routing.
RoutedMonth route(const RoutingTable& table, const RightPlaces& right, const Triage& triage,
                  const QuestionCounts& questions, std::span<const ReferralBoost> boosts = {});

}  // namespace regiotwin
