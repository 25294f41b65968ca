#include "care/routing.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

namespace regiotwin {
namespace {

std::string_view name_of(QuestionType type) { return question_type_names[type_index(type)]; }
std::string_view name_of(Place place) { return place_names[place_index(place)]; }

bool is_share(double value) { return value >= 0.0 && value <= 1.0; }

}  // namespace

void check_routing(const RoutingTable& table, const RightPlaces& right, const Triage& triage) {
  for (std::size_t t = 0; t < n_question_types; ++t) {
    const auto type = static_cast<QuestionType>(t);
    for (std::size_t p = 0; p < n_places; ++p) {
      const auto place = static_cast<Place>(p);
      if (!is_share(table.entry[t][p])) {
        throw ValidationError(fmt::format("routing table: {} questions at {}: expected a share in [0, 1], got {:g}",
                                          name_of(type), name_of(place), table.entry[t][p]));
      }
      if (!is_share(right.referral[t][p])) {
        throw ValidationError(
            fmt::format("right places: referred {} questions to {}: expected a share in [0, 1], got {:g}",
                        name_of(type), name_of(place), right.referral[t][p]));
      }
      if (!right.is_right[t][p] && right.referral[t][p] > 0.0) {
        throw ValidationError(
            fmt::format("right places: {} questions are referred to {}, which is not a right place for them",
                        name_of(type), name_of(place)));
      }
      const TriageOutcome& o = triage.at[t][p];
      if (!right.is_right[t][p] &&
          (!is_share(o.refer) || !is_share(o.handle) || o.refer + o.handle > 1.0 + probability_slack)) {
        throw ValidationError(
            fmt::format("triage of {} questions at {}: expected probabilities adding up to at most 1, got refer {:g} "
                        "and handle {:g}",
                        name_of(type), name_of(place), o.refer, o.handle));
      }
    }
    if (!adds_up_to_one(row_sum(table.entry[t]))) {
      throw ValidationError(fmt::format("routing table: the entry shares of {} questions add up to {:g}, not 1",
                                        name_of(type), row_sum(table.entry[t])));
    }
    if (std::none_of(right.is_right[t].begin(), right.is_right[t].end(), [](bool b) { return b; })) {
      throw ValidationError(fmt::format("right places: {} questions have no right place", name_of(type)));
    }
    if (!adds_up_to_one(row_sum(right.referral[t]))) {
      throw ValidationError(fmt::format("right places: the shares of referred {} questions add up to {:g}, not 1",
                                        name_of(type), row_sum(right.referral[t])));
    }
  }
  for (std::size_t p = 0; p < n_places; ++p) {
    if (!(triage.short_contact_size[p] >= 0.0) || !(triage.wrong_place_effort[p] >= 0.0)) {
      throw ValidationError(
          fmt::format("triage at {}: short contact size {:g} and wrong-place effort {:g} must be 0 or more",
                      name_of(static_cast<Place>(p)), triage.short_contact_size[p], triage.wrong_place_effort[p]));
    }
  }
}

RoutingSetup RoutingSetup::from(const ParameterSet& params, const std::optional<PackRouting>& pack) {
  RoutingSetup setup;
  setup.table = default_routing_table(params);
  if (pack) setup.table = with_pack_rows(setup.table, *pack);
  setup.right = default_right_places(params);
  setup.triage = default_triage(params);
  check_routing(setup.table, setup.right, setup.triage);
  return setup;
}

std::string routing_tables_markdown(const RoutingSetup& setup) {
  const auto cell = [](double v) { return v == 0.0 ? std::string() : fmt::format("{:g}", v); };
  std::string out = "Share of each type's questions entering at each place (blank: none).\n\n| question type |";
  for (const std::string_view place : place_names) out += fmt::format(" {} |", place);
  out += "\n|---|";
  for (std::size_t p = 0; p < n_places; ++p) out += "---|";
  out += "\n";
  for (std::size_t t = 0; t < n_question_types; ++t) {
    out += fmt::format("| {} |", question_type_names[t]);
    for (const double share : setup.table.entry[t]) out += fmt::format(" {} |", cell(share));
    out += "\n";
  }

  out +=
      "\nRight places and the share of referred questions that goes to each.\n\n| question type | right places "
      "|\n|---|---|\n";
  for (std::size_t t = 0; t < n_question_types; ++t) {
    std::vector<std::string> places;
    for (std::size_t p = 0; p < n_places; ++p) {
      if (setup.right.is_right[t][p])
        places.push_back(fmt::format("{} {:g}", place_names[p], setup.right.referral[t][p]));
    }
    out += fmt::format("| {} | {} |\n", question_type_names[t], fmt::join(places, ", "));
  }

  out +=
      "\nTriage where questions enter at a place that is not right for them.\n\n"
      "| question type | entry place | referred on | handled there | unresolved |\n|---|---|---|---|---|\n";
  for (std::size_t t = 0; t < n_question_types; ++t) {
    for (std::size_t p = 0; p < n_places; ++p) {
      if (setup.right.is_right[t][p] || setup.table.entry[t][p] == 0.0) continue;
      const TriageOutcome& o = setup.triage.at[t][p];
      out += fmt::format("| {} | {} | {:g} | {:g} | {:g} |\n", question_type_names[t], place_names[p], o.refer,
                         o.handle, std::max(0.0, o.unresolved()));
    }
  }
  return out;
}

double PlaceLoad::full_questions() const {
  return std::accumulate(at_right_place.begin(), at_right_place.end(), 0.0) +
         std::accumulate(at_wrong_place.begin(), at_wrong_place.end(), 0.0);
}

void RoutedMonth::add(const RoutedMonth& other) {
  for (std::size_t t = 0; t < n_question_types; ++t) {
    TypeRouting& to = types[t];
    const TypeRouting& from = other.types[t];
    to.questions += from.questions;
    to.handled_at_right_entry += from.handled_at_right_entry;
    to.referred += from.referred;
    to.handled_at_wrong_place += from.handled_at_wrong_place;
    to.unresolved += from.unresolved;
    for (std::size_t e = 0; e < n_places; ++e) {
      for (std::size_t o = 0; o < n_outcomes; ++o) to.flow[e][o] += from.flow[e][o];
    }
  }
  for (std::size_t p = 0; p < n_places; ++p) {
    PlaceLoad& to = places[p];
    const PlaceLoad& from = other.places[p];
    for (std::size_t t = 0; t < n_question_types; ++t) {
      to.at_right_place[t] += from.at_right_place[t];
      to.at_wrong_place[t] += from.at_wrong_place[t];
    }
    to.short_contacts += from.short_contacts;
  }
}

QuestionCounts RoutedMonth::unresolved() const {
  QuestionCounts out{};
  for (std::size_t t = 0; t < n_question_types; ++t) out[t] = types[t].unresolved;
  return out;
}

RoutedMonth route(const RoutingTable& table, const RightPlaces& right, const Triage& triage,
                  const QuestionCounts& questions, std::span<const ReferralBoost> boosts) {
  RoutedMonth out;
  for (std::size_t t = 0; t < n_question_types; ++t) {
    TypeRouting& type = out.types[t];
    type.questions = questions[t];
    for (std::size_t e = 0; e < n_places; ++e) {
      const double entering = questions[t] * table.entry[t][e];
      auto& flow = type.flow[e];
      PlaceLoad& entry = out.places[e];
      if (right.is_right[t][e]) {
        flow[e] += entering;
        entry.at_right_place[t] += entering;
        type.handled_at_right_entry += entering;
        continue;
      }
      const TriageOutcome& o = triage.at[t][e];
      const double referred = entering * o.refer;
      double handle = o.handle;
      double extra_refer = 0.0;
      double boosted = 0.0;
      for (const ReferralBoost& b : boosts) {
        if (type_index(b.type) != t || place_index(b.from) != e) continue;
        // The extra referral is taken from handling here and leaving unresolved, in proportion.
        const double rest = std::max(0.0, 1.0 - o.refer - extra_refer);
        const double extra = std::min(b.extra, rest);
        if (rest > 0.0) handle *= (rest - extra) / rest;
        extra_refer += extra;
        const double moved = entering * extra;
        flow[place_index(b.to)] += moved;
        out.places[place_index(b.to)].at_right_place[t] += moved;
        boosted += moved;
      }
      const double handled = entering * handle;
      // By difference, so that the paths add up to the questions exactly.
      const double unresolved = std::max(0.0, entering - referred - boosted - handled);
      for (std::size_t f = 0; f < n_places; ++f) {
        const double arriving = referred * right.referral[t][f];
        flow[f] += arriving;
        out.places[f].at_right_place[t] += arriving;
      }
      flow[e] += handled;
      flow[unresolved_outcome] += unresolved;
      entry.at_wrong_place[t] += handled;
      entry.short_contacts += referred + boosted + unresolved;
      type.referred += referred + boosted;
      type.handled_at_wrong_place += handled;
      type.unresolved += unresolved;
    }
  }
  return out;
}

}  // namespace regiotwin
