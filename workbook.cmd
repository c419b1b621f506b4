@REM The workbook's launcher for Windows: runs src\launcher's Workbook.java with the JDK in JAVA_HOME
@REM (or the java on PATH); it says so if that JDK is older than 21. workbook help lists the commands.
@echo off
setlocal
set "ROOT=%~dp0"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" -Dworkbook.root="%ROOT%." "%ROOT%src\launcher\src\main\java\workbook\launcher\Workbook.java" %*
exit /b %ERRORLEVEL%
