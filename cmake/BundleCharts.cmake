# Concatenates the UMD builds of vega, vega-lite and vega-embed (in load order) into OUT.
set(parts vega/build/vega.min.js vega-lite/build/vega-lite.min.js vega-embed/build/vega-embed.min.js)
file(WRITE ${OUT}.tmp "")
foreach(part ${parts})
  file(READ ${MODULES}/${part} content)
  # A script element ends at "</script"; the libraries must not contain it literally.
  string(REPLACE "</script" "<\\/script" content "${content}")
  file(APPEND ${OUT}.tmp "${content}\n")
endforeach()
file(RENAME ${OUT}.tmp ${OUT})
