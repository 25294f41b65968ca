#pragma once
// A municipality of about 50,000 for the care engine's tests: questions and persons by type, with
// random month-to-month noise.
#include <random>

#include "care/care_system.hpp"

namespace regiotwin::testing_support {

inline CareNeeds random_needs(std::mt19937& gen) {
  const auto at = [](QuestionType t) { return static_cast<std::size_t>(t); };
  std::uniform_real_distribution<double> noise(0.9, 1.1);
  CareNeeds n;
  n.questions[at(QuestionType::medical)] = 15000 * noise(gen);
  n.questions[at(QuestionType::social)] = 3000 * noise(gen);
  n.questions[at(QuestionType::mental_mild)] = 800 * noise(gen);
  n.questions[at(QuestionType::work_income)] = 400 * noise(gen);
  for (const auto& [type, persons] :
       {std::pair{QuestionType::mental_severe, 850.0}, std::pair{QuestionType::support_at_home, 3500.0},
        std::pair{QuestionType::home_nursing, 1000.0}, std::pair{QuestionType::youth, 1200.0},
        std::pair{QuestionType::long_term_care, 1000.0}}) {
    n.persons[at(type)] = persons * noise(gen);
    n.questions[at(type)] = 0.03 * persons * noise(gen);
    n.ended[at(type)] = 0.025 * persons * noise(gen);
  }
  return n;
}

}  // namespace regiotwin::testing_support
