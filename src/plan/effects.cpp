#include "plan/effects.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <numeric>

namespace regiotwin {
namespace {

std::size_t index(Place p) { return static_cast<std::size_t>(p); }
std::size_t index(Profession p) { return static_cast<std::size_t>(p); }
std::size_t index(State s) { return static_cast<std::size_t>(s); }

State state_named(const std::string& name) {
  const auto* it = std::find(state_names.begin(), state_names.end(), name);
  return static_cast<State>(it - state_names.begin());
}

// The levels whose incidence a prevention lowers: onset, and for chronic conditions also the step
// to two or more; for mental problems only the onset of mild ones (severe onset is waiting's part).
std::vector<std::size_t> prevented_levels(State s) {
  if (s == State::chronic) return {0, 1};
  return {0};
}

bool in_bands(const std::vector<AgeBand>& bands, int age) {
  return bands.empty() ||
         std::any_of(bands.begin(), bands.end(), [age](const AgeBand& b) { return age >= b.from && age <= b.to; });
}

}  // namespace

PlanEffects::PlanEffects(std::vector<Intervention> interventions, PlanSchedule schedule,
                         std::span<const std::string> codes, std::span<const double> inhabitants,
                         const CareSettings& care)
    : interventions_(std::move(interventions)), schedule_(std::move(schedule)), right_(care.routing.right) {
  for (std::size_t p = 0; p < n_places; ++p) staffing_[p] = care.places[p].staffing.profession;
  check_municipalities(interventions_, codes);
  for (const Intervention& i : interventions_) {
    check(i, care);
    std::vector<double> w(codes.size(), 0.0);
    for (std::size_t m = 0; m < codes.size(); ++m) {
      const auto& targets = i.targets.municipalities;
      if (targets.empty() || std::find(targets.begin(), targets.end(), codes[m]) != targets.end()) {
        w[m] = inhabitants[m];
      }
    }
    const double sum = std::accumulate(w.begin(), w.end(), 0.0);
    for (double& x : w) x = sum > 0.0 ? x / sum : 0.0;
    weights_.push_back(std::move(w));
  }
}

void PlanEffects::check(const Intervention& i, const CareSettings& care) const {
  if (i.type != InterventionType::referral) return;
  const auto t = static_cast<std::size_t>(i.question("question"));
  if (!right_.is_right[t][index(i.place("to"))]) {
    throw ValidationError(i.location("to"), fmt::format("{} is not a right place for {} questions (docs/routing.md)",
                                                        i.name_of("to"), i.name_of("question")));
  }
  if (right_.is_right[t][index(i.place("from"))]) {
    throw ValidationError(i.location("from"), fmt::format("{} is already a right place for {} questions: nothing "
                                                          "to refer",
                                                          i.name_of("from"), i.name_of("question")));
  }
  if (care.routing.table.entry[t][index(i.place("from"))] == 0.0) {
    throw ValidationError(i.location("from"), fmt::format("no {} questions enter at {} (docs/routing.md)",
                                                          i.name_of("question"), i.name_of("from")));
  }
}

bool PlanEffects::changes_incidence() const {
  return std::any_of(interventions_.begin(), interventions_.end(), [](const Intervention& i) {
    return i.type == InterventionType::prevention || i.type == InterventionType::housing_elderly;
  });
}

void PlanEffects::set_levers(std::size_t m, int month, CareLevers& levers) const {
  levers.reset();
  for (std::size_t k = 0; k < interventions_.size(); ++k) {
    const double w = weight(k, m);
    const double e = schedule_.effect_of(k, month);
    if (w == 0.0 || e == 0.0) continue;
    const Intervention& i = interventions_[k];
    switch (i.type) {
      case InterventionType::social_base:
        if (const auto& p = staffing_[index(i.place("place"))])
          levers.extra_fte[index(*p)] += i.number("extra_fte") * w * e;
        break;
      case InterventionType::capacity:
        levers.extra_fte[index(i.profession("profession"))] += i.number("extra_fte") * w * e;
        break;
      case InterventionType::referral:
        levers.referrals.push_back(
            {i.question("question"), i.place("from"), i.place("to"), i.number("extra_referral") * e});
        break;
      case InterventionType::ehealth:
        levers.work_per_fte_factor[index(i.place("place"))] /=
            1.0 - i.number("digital_share") * i.number("time_saving") * e;
        break;
      case InterventionType::admin_reduction:
        for (std::size_t p = 0; p < n_places; ++p) {
          if (staffing_[p] == i.profession("profession"))
            levers.work_per_fte_factor[p] *= 1.0 + i.number("productivity_gain") * e;
        }
        break;
      case InterventionType::retention:
        levers.turnover_factor[index(i.profession("profession"))] *= 1.0 + i.number("turnover_change") * e;
        break;
      case InterventionType::housing_elderly:
        levers.wlz_need_factor *= 1.0 + i.number("wlz_admission_change") * e;
        levers.home_nursing_per_avoided =
            std::max(levers.home_nursing_per_avoided, i.number("home_nursing_per_avoided"));
        break;
      case InterventionType::prevention: break;
    }
  }
}

void PlanEffects::apply_incidence(std::size_t m, int month, IncidenceFactors& factors) const {
  for (std::size_t k = 0; k < interventions_.size(); ++k) {
    const double w = weight(k, m);
    const double e = schedule_.effect_of(k, month);
    if (w == 0.0 || e == 0.0) continue;
    const Intervention& i = interventions_[k];
    if (i.type == InterventionType::housing_elderly) {
      for (double& f : factors.up[index(State::wlz)][0]) f *= 1.0 + i.number("wlz_admission_change") * e;
      continue;
    }
    if (i.type != InterventionType::prevention) continue;
    const State s = state_named(i.name_of("state"));
    const double factor = 1.0 + i.number("incidence_change") * e;
    for (const std::size_t level : prevented_levels(s)) {
      for (int age = 0; age < n_ages; ++age) {
        if (in_bands(i.targets.ages, age)) factors.up[index(s)][level][static_cast<std::size_t>(age)] *= factor;
      }
    }
  }
}

PayerAmounts PlanEffects::cost(std::size_t m, int month) const {
  PayerAmounts out{};
  for (std::size_t k = 0; k < interventions_.size(); ++k) {
    const double w = weight(k, m);
    if (w == 0.0) continue;
    const PayerAmounts& c = schedule_.cost[k][static_cast<std::size_t>(month)];
    for (std::size_t p = 0; p < n_payers; ++p) out[p] += c[p] * w;
  }
  return out;
}

IncidenceFactors::Max PlanEffects::highest_factors() const {
  IncidenceFactors::Max out{};
  for (auto& levels : out) levels = {1.0, 1.0};
  for (const Intervention& i : interventions_) {
    if (i.type != InterventionType::prevention) continue;  // housing only lowers Wlz need
    const State s = state_named(i.name_of("state"));
    const double factor = std::max(1.0, 1.0 + i.number("incidence_change"));
    for (const std::size_t level : prevented_levels(s)) out[index(s)][level] *= factor;
  }
  return out;
}

}  // namespace regiotwin
