#pragma once
// A regioplan in the engine's terms: for each municipality and month, the care levers and the
// incidence factors its interventions set (docs/regioplan.md says what each type does), and their
// cost by payer. Built once per run from the interventions and their schedule; applying it to a
// municipality's month allocates nothing beyond the levers' own small list.
#include <span>
#include <string>
#include <vector>

#include "care/care_system.hpp"
#include "plan/intervention.hpp"
#include "plan/schedule.hpp"
#include "population/health_states.hpp"

namespace regiotwin {

class PlanEffects {
 public:
  PlanEffects() = default;
  // Throws ValidationError naming the intervention's line when it cannot act as written (a referral
  // to a place that is not right for the question type, or from one that is).
  PlanEffects(std::vector<Intervention> interventions, PlanSchedule schedule, std::span<const std::string> codes,
              std::span<const double> inhabitants, const CareSettings& care);

  [[nodiscard]] bool empty() const { return interventions_.empty(); }
  [[nodiscard]] bool changes_incidence() const;
  [[nodiscard]] const std::vector<Intervention>& interventions() const { return interventions_; }
  [[nodiscard]] const PlanSchedule& schedule() const { return schedule_; }

  // The month's levers of municipality m, from the defaults.
  void set_levers(std::size_t m, int month, CareLevers& levers) const;
  // Multiplies the incidence factors of municipality m by the month's prevention and housing.
  void apply_incidence(std::size_t m, int month, IncidenceFactors& factors) const;
  // The interventions' cost in municipality m in the month, by payer.
  [[nodiscard]] PayerAmounts cost(std::size_t m, int month) const;
  // The highest factor each state's incidence can get (a bound the person pass needs).
  [[nodiscard]] IncidenceFactors::Max highest_factors() const;

 private:
  // An intervention resolved once into what the monthly passes use, so that no name is looked up
  // and nothing is allocated per month. Which fields matter depends on the type.
  struct Resolved {
    InterventionType type = InterventionType::prevention;
    double amount = 0.0;                   // what the effect scales: extra FTE, extra referral, a relative change
    double second = 0.0;                   // ehealth: time saving; housing: district nursing per avoided admission
    std::optional<Profession> profession;  // capacity, retention, admin_reduction; social_base: the place's
    Place place = Place::gp;               // social_base, ehealth; referral: from
    Place to = Place::gp;                  // referral
    QuestionType question = QuestionType::social;
    std::size_t state = 0;            // prevention
    std::array<bool, 2> levels{};     // prevention: the levels whose onset it lowers
    std::array<bool, n_ages> ages{};  // prevention: the target ages
  };
  static Resolved resolve(const Intervention& i, const std::array<std::optional<Profession>, n_places>& staffing);
  [[nodiscard]] double weight(std::size_t k, std::size_t m) const { return weights_[k][m]; }
  static void check(const Intervention& i, const CareSettings& care);

  std::vector<Intervention> interventions_;
  std::vector<Resolved> resolved_;
  PlanSchedule schedule_;
  // Per intervention and municipality: its share of the intervention (by inhabitants among the
  // targets; 0 where it does not act).
  std::vector<std::vector<double>> weights_;
  std::array<std::optional<Profession>, n_places> staffing_{};
};

}  // namespace regiotwin
