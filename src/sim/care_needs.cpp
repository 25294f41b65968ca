#include "sim/care_needs.hpp"

#include <random>

namespace regiotwin {

CareNeeds care_needs(const CareSettings& settings, const ResidentProfile& profile, const CounterRng& rng,
                     std::uint32_t municipality, std::uint32_t month_key) {
  const QuestionRates& rates = settings.rates;
  const QuestionCounts expected = rates.expected(profile.by_age, profile.with_bit);
  const QuestionCounts entered = rates.by_state_bits(profile.entered);
  const QuestionCounts left = rates.by_state_bits(profile.left);
  CareNeeds needs;
  needs.need_help_at_home = profile.need_help_at_home;
  needs.need_help_with_carer = profile.need_help_with_carer;
  needs.volunteer_potential = settings.informal.volunteer_potential(profile.by_age);
  for (std::size_t t = 0; t < n_question_types; ++t) {
    if (is_ongoing(static_cast<QuestionType>(t))) {
      needs.questions[t] = entered[t];
      needs.persons[t] = expected[t];
      needs.ended[t] = left[t];
      continue;
    }
    auto engine = rng.engine(municipality, month_key, Stream::questions, static_cast<std::uint32_t>(t));
    needs.questions[t] =
        expected[t] > 0.0 ? static_cast<double>(std::poisson_distribution<long long>(expected[t])(engine)) : 0.0;
  }
  return needs;
}

}  // namespace regiotwin
