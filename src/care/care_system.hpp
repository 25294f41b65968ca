#pragma once
// The places and the workforce of one municipality, month by month (model.md §4, docs/care.md).
// The month's questions (plus those that came back unresolved) are routed to places. A place that
// answers questions in contacts serves them from its waiting list. A place of ongoing care
// (client-months: specialist GGZ, district nursing, Wmo support, youth care, nursing homes) keeps
// its clients in care until their need ends and admits new clients from its waiting list as places
// free up. Capacity at the start is calibrated (start_capacity_ratio times the start's need) and
// then moves with the FTE of the place's profession; the workforce flows in and out. Informal carers
// and welzijn's volunteers are finite too (care/informal_care.hpp): what they cannot carry shifts to
// formal care.
#include <array>
#include <optional>
#include <vector>

#include "care/care_measures.hpp"
#include "care/care_types.hpp"
#include "care/informal_care.hpp"
#include "care/questions.hpp"
#include "care/routing.hpp"
#include "care/waiting_list.hpp"
#include "care/workforce.hpp"
#include "core/parameters.hpp"

namespace regiotwin {

// The profession whose FTE staffs a place, and the share of that profession's FTE it has; places
// without a tracked profession keep their start capacity.
struct Staffing {
  std::optional<Profession> profession;
  double share = 1.0;
};

struct PlaceSettings {
  int norm_months = 0;
  Patience patience;
  double start_capacity_ratio = 1.0;
  // The start's staffing density (workers per inhabitant times FTE per worker) against the
  // registry's default: the ratio describes the place at the default staffing, so more staff at
  // the start means proportionally more capacity.
  double staffing_vs_default = 1.0;
  Staffing staffing;
  std::optional<QuestionType> ongoing;  // the need a place of ongoing care serves
  double volunteer_share = 0.0;         // of the start's capacity, given by volunteers (welzijn)
};

struct CareSettings {
  QuestionRates rates;
  RoutingSetup routing;
  WorkforceSettings workforce;
  std::array<PlaceSettings, n_places> places{};
  double home_nursing_exit_share = 0.0;  // per month
  double wlz_waiting_home_nursing_share = 0.0;
  InformalCareSettings informal;
  RoutingTable to_gp;  // every question enters at the GP: for those who gave up waiting at welzijn

  static CareSettings from(const ParameterSet& params, const std::optional<PackRouting>& pack = std::nullopt);
  [[nodiscard]] const PlaceSettings& of(Place p) const { return places[static_cast<std::size_t>(p)]; }
};

// A municipality's needs in a month. For a question type answered in contacts, `questions` are the
// month's new questions. For a type of ongoing care, `questions` are the persons whose need began
// this month, `persons` those who have it at the month's end and `ended` those whose need ended
// (recovered, moved, died). Beside them: the residents who need help at home, those of them with an
// informal carer at hand, and the residents weighted by their chance to volunteer.
struct CareNeeds {
  QuestionCounts questions{};
  QuestionCounts persons{};
  QuestionCounts ended{};
  double need_help_at_home = 0.0;
  double need_help_with_carer = 0.0;
  double volunteer_potential = 0.0;
};

// Informal care in the month (the informal_care indicators).
struct InformalMonth {
  double carers_overloaded = 0.0;
  double without_informal_care = 0.0;
  double shift_wmo = 0.0;  // persons needing formal care because informal care fell short
  double shift_home_nursing = 0.0;
  double shift_wlz = 0.0;
  double volunteers = 0.0;
  double volunteer_hours = 0.0;
  double gave_up_to_gp = 0.0;  // questions, arriving at the GP next month
};

struct CareMonth {
  std::array<std::array<double, n_place_measures>, n_places> places{};
  std::array<std::array<double, n_profession_measures>, n_professions> professions{};
  RoutedMonth routed;
  InformalMonth informal;

  [[nodiscard]] double place(Place p, PlaceMeasure k) const {
    return places[static_cast<std::size_t>(p)][static_cast<std::size_t>(k)];
  }
  [[nodiscard]] double profession(Profession p, ProfessionMeasure k) const {
    return professions[static_cast<std::size_t>(p)][static_cast<std::size_t>(k)];
  }
};

// What a regioplan changes in a municipality's care in a month (plan/effects.hpp sets them). The
// defaults change nothing, bit for bit.
struct CareLevers {
  std::array<double, n_professions> extra_fte{};  // added to the profession's FTE at its places
  std::array<double, n_professions> turnover_factor = Workforce::unchanged_turnover;
  std::array<double, n_places> work_per_fte_factor = [] {
    std::array<double, n_places> a{};
    a.fill(1.0);
    return a;
  }();
  std::vector<ReferralBoost> referrals;
  // Housing for the elderly: the factor on Wlz need beginning this month, and the residents in
  // district nursing per admission so avoided.
  double wlz_need_factor = 1.0;
  double home_nursing_per_avoided = 0.0;
  // A municipal budget rule: the factor on Wmo need beginning this month, and the share of those so
  // refused who get personal care from district nursing (Zvw) instead.
  double wmo_need_factor = 1.0;
  double refused_wmo_to_home_nursing = 0.0;

  // Back to the defaults, keeping the list's memory for next month.
  void reset() {
    std::vector<ReferralBoost> kept = std::move(referrals);
    kept.clear();
    *this = CareLevers{};
    referrals = std::move(kept);
  }
};

class CareSystem {
 public:
  CareSystem(const CareSettings& settings, double inhabitants);

  // One month; unresolved questions of the month before join this month's.
  CareMonth step(const CareNeeds& given_needs, const CareLevers& levers = no_levers);
  static const CareLevers no_levers;

  [[nodiscard]] const WaitingList& waiting_list(Place p) const { return lists_[static_cast<std::size_t>(p)]; }
  [[nodiscard]] const Workforce& workforce() const { return workforce_; }

 private:
  [[nodiscard]] std::array<double, n_places> work_arriving(const RoutedMonth& routed) const;
  // The place's FTE from the workforce, plus what a plan adds.
  [[nodiscard]] double place_fte(Place p, const CareLevers& levers = no_levers) const;
  // Those whose need for ongoing care did not begin because of a lever (a factor f on its beginning:
  // of E that began, E(1/f - 1) did not) stay without it as long as its clients stay; `per_avoided`
  // of each need district nursing instead. `stock` carries them from month to month.
  static void add_avoided(QuestionType need, double factor, double per_avoided, double& stock, CareNeeds& needs);
  void start(const CareNeeds& needs, const std::array<double, n_places>& arriving);
  [[nodiscard]] QuestionCounts steady_returning(const QuestionCounts& questions) const;
  // Residents whom informal care leaves without help need formal care.
  void shift_to_formal(CareNeeds& needs, InformalMonth& out);
  void add_ongoing_need(QuestionType type, double persons, CareNeeds& needs);
  // Questions given up at welzijn that turn to the GP next month.
  [[nodiscard]] QuestionCounts given_up_at_welzijn(const RoutedMonth& routed, double arriving, double abandoned) const;
  // A place's month; returns the FTE its need asks for.
  double serve(Place p, double arriving, const CareNeeds& needs, CareMonth& out);

  const CareSettings* settings_;
  Workforce workforce_;
  std::array<WaitingList, n_places> lists_;
  QuestionCounts returning_{};
  bool started_ = false;
  std::array<double, n_places> start_capacity_{};
  std::array<double, n_places> start_fte_{};
  std::array<double, n_places> in_care_{};  // places of ongoing care
  double home_nursing_before_ = 0.0;        // persons needing district nursing last month
  InformalCarers carers_;
  Volunteers volunteers_;
  QuestionCounts shifted_before_{};        // persons shifted to formal care last month, by type
  QuestionCounts to_gp_{};                 // gave up at welzijn last month
  double avoided_admissions_ = 0.0;        // residents at home who would have been in a nursing home
  double refused_wmo_ = 0.0;               // residents without the Wmo support a budget rule refused
  const CareLevers* levers_ = &no_levers;  // this month's
};

}  // namespace regiotwin
