# Usage: cmake -DLUPDATE=... -DTS_FILE=... -DSOURCES_LIST=... -DWORK_DIR=... -P check_ts.cmake
get_filename_component(name ${TS_FILE} NAME)
set(copy ${WORK_DIR}/check-${name})
configure_file(${TS_FILE} ${copy} COPYONLY)
execute_process(
    COMMAND ${LUPDATE} -silent -locations none @${SOURCES_LIST} -ts ${copy}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()

file(READ ${copy} ts)
string(REGEX MATCHALL "<message>[^<]*<source>[^<]*</source>[^<]*<translation type=\"(unfinished|vanished|obsolete)\"" bad "${ts}")
string(REGEX MATCHALL "<message>" all "${ts}")
list(LENGTH all total)
string(REGEX MATCHALL "type=\"(unfinished|vanished|obsolete)\"" raw "${ts}")
list(LENGTH raw count)
if(total EQUAL 0)
    message(FATAL_ERROR "${name}: no messages at all")
endif()
if(count GREATER 0)
    foreach(entry IN LISTS bad)
        string(REGEX REPLACE ".*<source>([^<]*)</source>.*type=\"([a-z]+)\"" "  \\2: \\1" line "${entry}")
        message("${line}")
    endforeach()
    message(FATAL_ERROR "${name}: ${count} of ${total} entries are not finished. "
        "Run `cmake --build build --target societydesk_core_lupdate` and translate them.")
endif()
message(STATUS "${name}: all ${total} entries translated")
