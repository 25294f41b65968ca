// CsvTable::either_delimiter, has_column and at(): what the CBS StatLine importer relies on.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "io/csv.hpp"

namespace regiotwin {

TEST(CsvEitherDelimiter, SemicolonWhenTheFirstLineHasOneElseComma) {
  const CsvTable statline = CsvTable::parse("\"ID\";\"RegioS\";\"Naam\"\n0;\"GM0193  \";\"Zwolle, stad\"\n", "s.csv",
                                            CsvTable::either_delimiter);
  ASSERT_EQ(statline.header().size(), 3U);
  EXPECT_EQ(statline.text(statline.rows()[0], "RegioS"), "GM0193  ") << "padding is the reader's to trim";
  EXPECT_EQ(statline.text(statline.rows()[0], "Naam"), "Zwolle, stad");
  const CsvTable r = CsvTable::parse("ID,RegioS\n0,\"a;b\"\n", "r.csv", CsvTable::either_delimiter);
  EXPECT_EQ(r.text(r.rows()[0], "RegioS"), "a;b");
}

TEST(CsvEitherDelimiter, HasColumnAndLocations) {
  const CsvTable t = CsvTable::parse("a;b\n1;2\n", "t.csv", CsvTable::either_delimiter);
  EXPECT_TRUE(t.has_column("b"));
  EXPECT_FALSE(t.has_column("c"));
  EXPECT_EQ(describe(t.at(t.rows()[0], "b"), "bad"), "t.csv:2: field 'b': bad");
}

}  // namespace regiotwin
