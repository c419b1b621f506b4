@REM The workbook's launcher for Windows: builds src\launcher into src\launcher\target\launcher.jar when
@REM the jar is missing or older than the launcher's sources (the launcher itself compares them and exits
@REM with 242 to ask), then runs it with the JDK in JAVA_HOME or the java on PATH; Maven says if that JDK
@REM is older than 21. workbook help lists the commands.
@echo off
setlocal
set "ROOT=%~dp0"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
set "LAUNCHER=%ROOT%src\launcher"
set "JAR=%LAUNCHER%\target\launcher.jar"
set "CHECK=true"
if not exist "%JAR%" goto build
:run
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="%LAUNCHER%\target\launcher.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -Dworkbook.root="%ROOT%." -Dworkbook.launcher.checkSources=%CHECK% -jar "%JAR%" %*
if %ERRORLEVEL% == 242 if "%CHECK%" == "true" goto build
exit /b %ERRORLEVEL%
:build
echo Building the launcher (once, and again when its sources change) ... 1>&2
pushd "%ROOT%"
call mvnw.cmd -q -pl src/launcher -am package -Dmaven.test.skip=true 1>&2
set "BUILT=%ERRORLEVEL%"
popd
if not "%BUILT%" == "0" (echo workbook: the launcher did not build ^(see above^). 1>&2 & exit /b 1)
@REM Maven leaves a jar whose classes did not change as it was: its date must say "built now"
pushd "%LAUNCHER%\target"
copy /b launcher.jar +,, >nul
popd
if exist "%LAUNCHER%\target\launcher.jsa" del "%LAUNCHER%\target\launcher.jsa"
set "CHECK=false"
goto run
