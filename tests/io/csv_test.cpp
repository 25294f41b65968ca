#include "io/csv.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/errors.hpp"

namespace regiotwin {

using testing::HasSubstr;

TEST(Csv, ReadsQuotedFieldsCommentsAndBom) {
  const CsvTable t = CsvTable::parse(
      "\xEF\xBB\xBF# a comment\nname,count\n\"'s-Gravenhage, Den Haag\",5\n\n"
      "\"say \"\"hi\"\"\",6\r\n",
      "t.csv");
  ASSERT_EQ(t.rows().size(), 2U);
  EXPECT_EQ(t.text(t.rows()[0], "name"), "'s-Gravenhage, Den Haag");
  EXPECT_EQ(t.integer(t.rows()[0], "count"), 5);
  EXPECT_EQ(t.rows()[0].line, 3);
  EXPECT_EQ(t.text(t.rows()[1], "name"), "say \"hi\"");
  EXPECT_EQ(t.rows()[1].line, 5);
}

TEST(Csv, SemicolonDelimiter) {
  const CsvTable t = CsvTable::parse("a;b\n1;\"2;3\"\n", "t.csv", ';');
  EXPECT_EQ(t.text(t.rows()[0], "b"), "2;3");
}

TEST(Csv, ErrorsNameFileLineAndColumn) {
  const CsvTable t = CsvTable::parse("name,count\nx,12a\ny,1.5\n", "pack/m.csv");
  try {
    (void)t.integer(t.rows()[0], "count");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "pack/m.csv:2: field 'count': expected a whole number without separators, got '12a'");
  }
  EXPECT_THROW((void)t.integer(t.rows()[1], "count"), InputError);
  EXPECT_EQ(t.number(t.rows()[1], "count"), 1.5);
  try {
    t.require_columns({"name", "population"});
    FAIL();
  } catch (const InputError& e) {
    EXPECT_THAT(e.what(), HasSubstr("pack/m.csv:1: field 'population': missing column; the header has: name, count"));
  }
}

TEST(Csv, WrongFieldCountAndOpenQuoteAreErrors) {
  EXPECT_THAT([] { (void)CsvTable::parse("a,b\n1,2,3\n", "t.csv"); },
              testing::ThrowsMessage<InputError>(HasSubstr("t.csv:2: expected 2 fields as in the header, got 3")));
  EXPECT_THAT([] { (void)CsvTable::parse("a,b\n1,\"2\n", "t.csv"); },
              testing::ThrowsMessage<InputError>(HasSubstr("t.csv:2: a quoted field is never closed")));
  EXPECT_THROW((void)CsvTable::read("/nonexistent/file.csv"), InputError);
}

}  // namespace regiotwin
