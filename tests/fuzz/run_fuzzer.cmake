# Runs one libFuzzer binary for SECONDS seconds from the seed folders SEEDS, with a fresh corpus
# in WORK_DIR/corpus (new inputs go there, never into the source tree). A crash, leak, sanitizer
# report, timeout or out-of-memory fails the test; the input that caused it is kept in
# WORK_DIR/artifacts and its path printed.
#   cmake -DFUZZER=… -DWORK_DIR=… "-DSEEDS=dir;dir" -DSECONDS=20 -P run_fuzzer.cmake
foreach(var FUZZER WORK_DIR SEEDS SECONDS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "run_fuzzer.cmake: ${var} is not set")
    endif()
endforeach()
if(NOT EXISTS "${FUZZER}")
    message(FATAL_ERROR "run_fuzzer.cmake: ${FUZZER} was not built")
endif()

file(REMOVE_RECURSE "${WORK_DIR}/corpus")
file(MAKE_DIRECTORY "${WORK_DIR}/corpus" "${WORK_DIR}/artifacts")
execute_process(
    COMMAND "${FUZZER}" -max_total_time=${SECONDS} -rss_limit_mb=2048 -timeout=25 -max_len=262144
            -print_final_stats=1 -artifact_prefix=${WORK_DIR}/artifacts/
            "${WORK_DIR}/corpus" ${SEEDS}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB artifacts "${WORK_DIR}/artifacts/*")
    message(FATAL_ERROR "${FUZZER} failed (${result}); reproduce with: ${FUZZER} ${artifacts}")
endif()
