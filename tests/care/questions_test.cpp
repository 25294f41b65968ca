#include "care/questions.hpp"

#include <gtest/gtest.h>

#include <random>

#include "population/person_state.hpp"

namespace regiotwin {
namespace {

std::size_t index(QuestionType t) { return static_cast<std::size_t>(t); }

}  // namespace

// Medical questions are the Nivel GP contacts by age without the 30% with a social background.
TEST(QuestionRates, MedicalQuestionsAreGpContactsWithoutTheSocialShare) {
  const QuestionRates rates = QuestionRates::from(ParameterSet{});
  EXPECT_DOUBLE_EQ(rates.per_resident[index(QuestionType::medical)][80], 8.9 * 0.7 / 12.0);
  EXPECT_DOUBLE_EQ(rates.per_resident[index(QuestionType::medical)][2], 3.5 * 0.7 / 12.0);
  EXPECT_FALSE(is_ongoing(QuestionType::medical));  // answered in contacts
}

// A person with Wmo support of either level needs one client-month of it each month; a person
// with no states raises only the questions that go by age.
TEST(QuestionRates, StatesAddTheirQuestions) {
  const QuestionRates rates = QuestionRates::from(ParameterSet{});
  for (const int level : {1, 2}) {
    StateSet s;
    s.set(State::wmo, level);
    const QuestionCounts q = rates.expected_of(80, s.bits());
    EXPECT_DOUBLE_EQ(q[index(QuestionType::support_at_home)], 1.0) << "level " << level;
  }
  const QuestionCounts none = rates.expected_of(30, StateSet{}.bits());
  for (std::size_t t = 0; t < n_question_types; ++t) {
    const auto type = static_cast<QuestionType>(t);
    if (type == QuestionType::medical || type == QuestionType::home_nursing || type == QuestionType::social) {
      EXPECT_GT(none[t], 0.0) << question_type_names[t];
    } else {
      EXPECT_EQ(none[t], 0.0) << question_type_names[t];
    }
  }
  StateSet severe;
  severe.set(State::mental, 2);
  EXPECT_DOUBLE_EQ(rates.expected_of(40, severe.bits())[index(QuestionType::mental_severe)], 1.0);
  EXPECT_EQ(rates.expected_of(40, severe.bits())[index(QuestionType::mental_mild)], 0.0);
}

// Property: the expected questions from counts by age and by state bit equal the sum over the
// persons themselves, for random persons.
TEST(QuestionRates, CountsGiveThePersonsSum) {
  const QuestionRates rates = QuestionRates::from(ParameterSet{});
  for (const std::uint32_t seed : {1U, 2U, 3U}) {
    std::mt19937 gen(seed);
    std::uniform_int_distribution<int> age(0, max_age);
    std::uniform_int_distribution<int> bits(0, 0x1FFF);
    std::array<double, n_ages> by_age{};
    std::array<double, QuestionRates::n_state_bits> by_bit{};
    QuestionCounts persons_sum{};
    for (int i = 0; i < 5000; ++i) {
      const int a = age(gen);
      const auto b = static_cast<std::uint16_t>(bits(gen));
      by_age[static_cast<std::size_t>(a)] += 1.0;
      for (std::size_t k = 0; k < QuestionRates::n_state_bits; ++k) by_bit[k] += ((b >> k) & 1U) != 0U ? 1.0 : 0.0;
      const QuestionCounts q = rates.expected_of(a, b);
      for (std::size_t t = 0; t < n_question_types; ++t) persons_sum[t] += q[t];
    }
    const QuestionCounts from_counts = rates.expected(by_age, by_bit);
    for (std::size_t t = 0; t < n_question_types; ++t) {
      EXPECT_NEAR(from_counts[t], persons_sum[t], 1e-9 * (1.0 + persons_sum[t])) << question_type_names[t];
    }
  }
}

}  // namespace regiotwin
